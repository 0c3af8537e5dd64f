package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;

/**
 * Reports a syntax error in rustc's words: "expected one of `)` or `,`, found `2`", "expected
 * expression, found `$`", "expected identifier, found keyword `let`". A large set of expected tokens
 * is named by what it starts (an expression, a type, a pattern, an item); binary operators are
 * summed up as "an operator".
 */
final class SyntaxErrorMessage {
    private SyntaxErrorMessage() {}

    private static final Vocabulary VOCABULARY = RustLexer.VOCABULARY;

    private static final Set<Integer> BINARY_OPERATORS = Set.of(
            RustLexer.PLUS, RustLexer.MINUS, RustLexer.STAR, RustLexer.SLASH, RustLexer.PERCENT, RustLexer.CARET,
            RustLexer.AND, RustLexer.OR, RustLexer.ANDAND, RustLexer.OROR, RustLexer.SHL, RustLexer.EQEQ, RustLexer.NE,
            RustLexer.GT, RustLexer.LT, RustLexer.LE, RustLexer.EQ, RustLexer.PLUSEQ, RustLexer.MINUSEQ,
            RustLexer.STAREQ, RustLexer.SLASHEQ, RustLexer.PERCENTEQ, RustLexer.CARETEQ, RustLexer.ANDEQ,
            RustLexer.OREQ, RustLexer.SHLEQ, RustLexer.DOTDOT, RustLexer.DOTDOTEQ, RustLexer.KW_AS);

    /**
     * Reports the first syntax error; {@code end} names the end of the input ("`<eof>`"). Like
     * rustc, when the unexpected token starts a new line, the error points at the end of the line
     * before, where the missing `;` or `)` belongs.
     */
    static void report(FirstErrorStrategy.SyntaxError error, String end, Spans spans, Diagnostics diags) {
        if (error.structLiteralEnd() != null) {
            diags.report(Diagnostic.error(null, "struct literals are not allowed here",
                    spans.of(error.offending(), error.structLiteralEnd()), "")
                    .withNote("help: surround the struct literal with parentheses"));
            return;
        }
        String expected = expected(error.expected());
        String message = "expected " + expected + ", found " + found(error.offending(), end);
        Span found = spans.of(error.offending());
        Token previous = error.previous();
        if (previous != null && previous.getLine() < error.offending().getLine()) {
            int after = spans.of(previous).end();
            String label = expected.equals("`;`") ? "help: add `;` here" : "expected " + expected;
            diags.report(Diagnostic.error(null, message, new Span(after, after), label)
                    .withLabel(new Label(found, "unexpected token")));
        } else {
            diags.report(Diagnostic.error(null, message, found, "expected " + expected));
        }
    }

    /** "expected …" without the "found" part: what would have fitted. */
    static String expected(IntervalSet expected) {
        if (expected.contains(RustLexer.KW_RETURN)) return "expression";
        if (expected.contains(RustLexer.KW_REF)) return "pattern";
        if (expected.contains(RustLexer.KW_DYN)) return "type";
        if (expected.contains(RustLexer.KW_STRUCT)) return "item";
        if (expected.size() == 1 && expected.contains(RustLexer.IDENT)) return "identifier";
        // After `let x = e`, `else` could follow too (let-else), but rustc only asks for the `;`.
        if (expected.size() == 2 && expected.contains(RustLexer.SEMI) && expected.contains(RustLexer.KW_ELSE)) return "`;`";

        Set<String> tokens = new TreeSet<>();
        boolean operator = false;
        for (int type : expected.toList()) {
            if (type == Token.EOF && expected.size() > 1) continue;
            if (BINARY_OPERATORS.contains(type) && expected.size() > 3) {
                operator = true;
            } else if (type != RustLexer.BLOCK_LIKE_START) {
                tokens.add(describeExpected(type));
            }
        }
        List<String> all = new ArrayList<>(tokens);
        if (operator) all.add("an operator");
        if (all.isEmpty()) return "a different token";
        if (all.size() == 1) return all.get(0);
        if (all.size() == 2) return "one of " + all.get(0) + " or " + all.get(1);
        return "one of " + String.join(", ", all.subList(0, all.size() - 1)) + ", or " + all.get(all.size() - 1);
    }

    /** How rustc names the token found: "keyword `let`", "`2`"; {@code end} names the end of input. */
    static String found(Token token, String end) {
        int type = token.getType();
        if (type == Token.EOF) return end;
        if (type == RustLexer.RESERVED_KEYWORD) return "reserved keyword `" + token.getText() + "`";
        if (isKeyword(type)) return "keyword `" + token.getText() + "`";
        return "`" + token.getText() + "`";
    }

    private static String describeExpected(int type) {
        if (type == Token.EOF) return "`<eof>`";
        if (type == RustLexer.IDENT) return "identifier";
        if (type == RustLexer.LIFETIME) return "lifetime";
        if (type == RustLexer.INTEGER_LITERAL || type == RustLexer.STRING_LITERAL || type == RustLexer.CHAR_LITERAL
                || type == RustLexer.FLOAT_LITERAL) return "literal";
        String literal = VOCABULARY.getLiteralName(type);
        if (literal != null) return "`" + literal.substring(1, literal.length() - 1) + "`";
        return VOCABULARY.getDisplayName(type);
    }

    private static boolean isKeyword(int type) {
        String literal = VOCABULARY.getLiteralName(type);
        return literal != null && Character.isLetter(literal.charAt(1));
    }
}
