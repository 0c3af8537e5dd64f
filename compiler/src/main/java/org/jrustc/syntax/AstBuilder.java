package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.CrateContext;
import org.jrustc.syntax.RustParser.ItemContext;
import org.jrustc.syntax.RustParser.MacroInvocationItemContext;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Item;

/**
 * Turns ANTLR's parse tree into the AST: drops the tokens that carry no meaning, gives every node
 * the span of its first to last token, resolves literals, and replaces the constructs jrustc does
 * not support with {@code Unsupported} nodes that name them. One builder per kind of node shares
 * this object: {@link ItemBuilder}, {@link TypeBuilder}, {@link PatternBuilder},
 * {@link BlockBuilder}, {@link ExprBuilder}, {@link MacroBuilder}.
 */
final class AstBuilder {
    final Spans spans;
    final Diagnostics diags;
    final ItemBuilder items = new ItemBuilder(this);
    final TypeBuilder types = new TypeBuilder(this);
    final PatternBuilder patterns = new PatternBuilder(this);
    final BlockBuilder blocks = new BlockBuilder(this);
    final ExprBuilder exprs = new ExprBuilder(this);
    final MacroBuilder macros = new MacroBuilder(this);

    AstBuilder(Spans spans, Diagnostics diags) {
        this.spans = spans;
        this.diags = diags;
    }

    // crate : innerAttribute* (item | macroInvocationItem)* EOF
    Crate crate(CrateContext ctx) {
        List<Item> result = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof ItemContext item) {
                result.add(items.item(item));
            } else if (child instanceof MacroInvocationItemContext macro) {
                boolean definition = macro.simplePath().getText().equals("macro_rules");
                result.add(new Item.Unsupported(definition ? "`macro_rules!` definitions" : "macro invocations in item position",
                        span(macro)));
            }
        }
        return new Crate(List.copyOf(result));
    }

    Span span(ParserRuleContext ctx) {
        return spans.of(ctx);
    }

    Span span(Token token) {
        return spans.of(token);
    }

    Span span(TerminalNode node) {
        return spans.of(node);
    }

    void error(String message, Span span, String label) {
        diags.report(Diagnostic.error(null, message, span, label));
    }

    /** A label or lifetime without its quote: {@code 'outer} → {@code outer}. */
    static String unquote(TerminalNode lifetime) {
        return lifetime == null ? null : lifetime.getText().substring(1);
    }
}
