package org.jrustc.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;

/**
 * Checks that {@code ( [ {} and {@code ) ] }} pair up before anything is parsed, as rustc does
 * while it reads tokens into trees: an unbalanced file gets rustc's delimiter errors instead of a
 * confusing "expected" message far from the cause.
 */
final class Delimiters {
    private Delimiters() {}

    /** Reports the first imbalance; true when the delimiters pair up. */
    static boolean check(List<Token> tokens, Spans spans, Diagnostics diags) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            int type = token.getType();
            if (type == RustLexer.LPAREN || type == RustLexer.LBRACKET || type == RustLexer.LBRACE) {
                open.push(token);
            } else if (type == RustLexer.RPAREN || type == RustLexer.RBRACKET || type == RustLexer.RBRACE) {
                if (open.isEmpty()) {
                    diags.report(Diagnostic.error(null, "unexpected closing delimiter: `" + token.getText() + "`",
                            spans.of(token), "unexpected closing delimiter"));
                    return false;
                }
                Token opener = open.pop();
                if (closerOf(opener.getType()) != type) {
                    diags.report(Diagnostic.error(null, "mismatched closing delimiter: `" + token.getText() + "`",
                            spans.of(opener), "unclosed delimiter")
                            .withLabel(new Label(spans.of(token), "mismatched closing delimiter")));
                    return false;
                }
            } else if (type == Token.EOF && !open.isEmpty()) {
                Span end = spans.of(token);
                Diagnostic d = Diagnostic.error(null, "this file contains an unclosed delimiter", end, "");
                for (Token opener : open) d = d.withLabel(new Label(spans.of(opener), "unclosed delimiter"));
                diags.report(d);
                return false;
            }
        }
        return true;
    }

    private static int closerOf(int opener) {
        return opener == RustLexer.LPAREN ? RustLexer.RPAREN
                : opener == RustLexer.LBRACKET ? RustLexer.RBRACKET : RustLexer.RBRACE;
    }
}
