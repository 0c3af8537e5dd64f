package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.DelimTokenTreeContext;
import org.jrustc.syntax.RustParser.ExpressionContext;
import org.jrustc.syntax.RustParser.LiteralExprContext;
import org.jrustc.syntax.RustParser.MacroArgumentContext;
import org.jrustc.syntax.RustParser.MacroArgumentsContext;
import org.jrustc.syntax.RustParser.MacroCallExprContext;
import org.jrustc.syntax.RustParser.NamedMacroArgumentContext;
import org.jrustc.syntax.RustParser.PathExpressionContext;
import org.jrustc.syntax.RustParser.PlainPathContext;
import org.jrustc.syntax.RustParser.PositionalMacroArgumentContext;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.FormatArgs;

/**
 * Builds macro calls. The grammar reads a macro's arguments as a token tree, as rustc does; here
 * they are parsed again as comma-separated expressions ({@code macroArguments}). The printing and
 * panicking macros get their format string parsed into {@link FormatArgs}; an unknown macro whose
 * arguments are not expressions becomes unsupported.
 */
final class MacroBuilder {
    private final AstBuilder ast;

    MacroBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    /** What a macro does without a format string. */
    private enum WithoutFormat { EMPTY_FORMAT, ERROR, NO_FORMAT }

    /** One argument: {@code name = value} (name non-null) or a plain expression. */
    private record Argument(String name, ExpressionContext value, Span span) {}

    // macroCallExpr : pathExpression '!' delimTokenTree
    Expr macroCall(MacroCallExprContext ctx) {
        Span span = ast.span(ctx);
        String name = name(ctx.pathExpression());
        Span nameSpan = ast.span(ctx.pathExpression());
        List<Token> tokens = innerTokens(ctx.delimTokenTree());
        return switch (name) {
            case "println", "eprintln" -> format(name, nameSpan, span, tokens, 0, WithoutFormat.EMPTY_FORMAT);
            case "print", "eprint", "format" -> format(name, nameSpan, span, tokens, 0, WithoutFormat.ERROR);
            case "panic", "unreachable", "todo", "unimplemented" ->
                    format(name, nameSpan, span, tokens, 0, WithoutFormat.NO_FORMAT);
            case "assert", "debug_assert" -> format(name, nameSpan, span, tokens, 1, WithoutFormat.NO_FORMAT);
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" ->
                    format(name, nameSpan, span, tokens, 2, WithoutFormat.NO_FORMAT);
            case "matches" -> matches(span, tokens);
            default -> other(name, nameSpan, span, tokens);
        };
    }

    private static String name(PathExpressionContext path) {
        if (path instanceof PlainPathContext plain) {
            return plain.pathExprSegment(plain.pathExprSegment().size() - 1).pathIdentSegment().getText();
        }
        return path.getText();
    }

    /** {@code leading} plain arguments, then an optional format string and its arguments. */
    private Expr format(String name, Span nameSpan, Span span, List<Token> tokens, int leading, WithoutFormat rule) {
        List<Argument> args = parseArguments(tokens, true);
        if (args == null) return new Expr.Unsupported("`" + name + "!`", span);
        if (args.size() < leading) {
            ast.error(leading == 1 ? "macro requires a boolean expression as an argument"
                    : "unexpected end of macro invocation", span, "");
            return new Expr.Unsupported("`" + name + "!`", span);
        }
        List<Expr> leadingArgs = new ArrayList<>();
        for (Argument a : args.subList(0, leading)) leadingArgs.add(plain(a));
        FormatArgs format = null;
        if (args.size() > leading) {
            format = formatArgs(args.subList(leading, args.size()));
        } else if (rule == WithoutFormat.EMPTY_FORMAT) {
            format = new FormatArgs(List.of(), List.of(), span);
        } else if (rule == WithoutFormat.ERROR) {
            ast.error("requires at least a format string argument", span, "");
        }
        return new Expr.MacroCall(name, nameSpan, List.copyOf(leadingArgs), format, span);
    }

    /** The format string and the arguments after it, bound together; null after errors. */
    private FormatArgs formatArgs(List<Argument> args) {
        Argument first = args.get(0);
        Token literal = stringLiteral(first);
        if (literal == null) {
            ast.error("format argument must be a string literal", first.span(), "");
            return null;
        }
        Literals.Text text = literal.getType() == RustLexer.STRING_LITERAL
                ? Literals.string(literal.getText(), ast.exprs.problems(literal))
                : Literals.rawString(literal.getText());
        List<Expr> positional = new ArrayList<>();
        List<FormatStringParser.NamedArgument> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Argument a : args.subList(1, args.size())) {
            if (a.name() == null) {
                if (!named.isEmpty()) {
                    ast.diags.report(Diagnostic.error(null, "positional arguments cannot follow named arguments",
                            a.span(), "positional arguments must be before named arguments")
                            .withLabel(new Label(named.get(named.size() - 1).span(), "named argument")));
                    return null;
                }
                positional.add(ast.exprs.expr(a.value()));
            } else {
                if (!names.add(a.name())) {
                    ast.error("duplicate argument named `" + a.name() + "`", a.span(), "duplicate argument");
                    return null;
                }
                named.add(new FormatStringParser.NamedArgument(a.name(), ast.exprs.expr(a.value()), a.span()));
            }
        }
        int base = ast.span(literal).start();
        int length = text.value().length();
        FormatStringParser.SourceMap map = (from, to) -> {
            int start = base + text.sourceOffset(from);
            return new Span(start, to > length ? start + 1 : base + text.sourceOffset(to));
        };
        return FormatStringParser.parse(text, map, ast.span(literal), List.copyOf(positional), List.copyOf(named),
                ast.diags);
    }

    /** The token of an argument that is a plain or raw string literal, else null. */
    private static Token stringLiteral(Argument a) {
        if (a.name() != null || !(a.value() instanceof LiteralExprContext literal)) return null;
        Token token = literal.getStart();
        return token.getType() == RustLexer.STRING_LITERAL || token.getType() == RustLexer.RAW_STRING_LITERAL
                ? token : null;
    }

    /** {@code matches!(e, P if g)} is {@code match e { P if g => true, _ => false }}. */
    private Expr matches(Span span, List<Token> tokens) {
        RustParser parser = parserOf(tokens);
        RustParser.MatchesArgumentsContext ctx;
        try {
            ctx = parser.matchesArguments();
        } catch (ParseCancellationException e) {
            SyntaxErrorMessage.report(((FirstErrorStrategy) parser.getErrorHandler()).error(), "end of macro arguments",
                    ast.spans, ast.diags);
            return new Expr.Unsupported("`matches!`", span);
        }
        Expr guard = ctx.expression().size() > 1 ? ast.exprs.expr(ctx.expression(1)) : null;
        Expr.Arm matched = new Expr.Arm(ast.patterns.pattern(ctx.pattern()), guard, new Expr.BoolLit(true, span), span);
        Expr.Arm other = new Expr.Arm(new org.jrustc.syntax.ast.Pat.Wild(span), null, new Expr.BoolLit(false, span), span);
        return new Expr.Match(ast.exprs.expr(ctx.expression(0)), List.of(matched, other), false, span);
    }

    private static RustParser parserOf(List<Token> tokens) {
        List<Token> copies = new ArrayList<>();
        for (Token t : tokens) copies.add(new CommonToken(t));
        return Parser.newParser(new CommonTokenStream(new ListTokenSource(copies)));
    }

    /** Any other macro: its arguments if they are expressions ({@code vec![1, 2]}), else unsupported. */
    private Expr other(String name, Span nameSpan, Span span, List<Token> tokens) {
        List<Argument> args = parseArguments(tokens, false);
        if (args == null) return new Expr.Unsupported("`" + name + "!`", span);
        List<Expr> values = new ArrayList<>();
        for (Argument a : args) values.add(plain(a));
        return new Expr.MacroCall(name, nameSpan, List.copyOf(values), null, span);
    }

    /** An argument outside a format: {@code x = 1} there is an assignment. */
    private Expr plain(Argument a) {
        Expr value = ast.exprs.expr(a.value());
        if (a.name() == null) return value;
        Span nameSpan = new Span(a.span().start(), a.span().start() + a.name().length());
        return new Expr.Assign(new Expr.Path(List.of(a.name()), nameSpan), value, a.span());
    }

    // macroArguments : (macroArgument (',' macroArgument)* ','?)? EOF
    // macroArgument  : IDENT '=' expression | expression
    private List<Argument> parseArguments(List<Token> tokens, boolean reportErrors) {
        if (tokens.isEmpty()) return List.of();
        RustParser parser = parserOf(tokens);
        MacroArgumentsContext ctx;
        try {
            ctx = parser.macroArguments();
        } catch (ParseCancellationException e) {
            if (reportErrors) {
                SyntaxErrorMessage.report(((FirstErrorStrategy) parser.getErrorHandler()).error(),
                        "end of macro arguments", ast.spans, ast.diags);
            }
            return null;
        }
        List<Argument> args = new ArrayList<>();
        for (MacroArgumentContext a : ctx.macroArgument()) {
            if (a instanceof NamedMacroArgumentContext n) {
                args.add(new Argument(n.IDENT().getText(), n.expression(), ast.span(n)));
            } else {
                ExpressionContext value = ((PositionalMacroArgumentContext) a).expression();
                args.add(new Argument(null, value, ast.span(value)));
            }
        }
        return args;
    }

    /** The tokens between a token tree's delimiters. */
    private static List<Token> innerTokens(DelimTokenTreeContext ctx) {
        List<Token> tokens = new ArrayList<>();
        collect(ctx, tokens);
        return tokens.subList(1, tokens.size() - 1);
    }

    private static void collect(ParseTree tree, List<Token> into) {
        if (tree instanceof TerminalNode t) {
            into.add(t.getSymbol());
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) collect(tree.getChild(i), into);
    }
}
