package org.jrustc.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jrustc.diag.Span;

/**
 * Turns token positions into {@link Span}s. ANTLR counts code points, a {@code SourceFile} counts
 * Java chars; they differ after a character outside the Basic Multilingual Plane (an emoji in a
 * string), so positions are translated here, in one place.
 */
final class Spans {
    /** Java-char offset of each code-point offset, or null when the text has no surrogate pairs. */
    private final int[] charOffsetOfCodePoint;
    private final int textLength;
    /** Added to every offset: where this text starts in the program's span space (see {@link Parser#parse(SourceFile, Diagnostics, int)}). */
    private final int base;

    Spans(String text, int base) {
        this.base = base;
        textLength = text.length();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsetOfCodePoint = null;
        } else {
            charOffsetOfCodePoint = new int[codePoints + 1];
            int charOffset = 0;
            for (int i = 0; i < codePoints; i++) {
                charOffsetOfCodePoint[i] = charOffset;
                charOffset += Character.charCount(text.codePointAt(charOffset));
            }
            charOffsetOfCodePoint[codePoints] = charOffset;
        }
    }

    /** The Java-char offset of a code-point offset. */
    int offset(int codePointOffset) {
        if (codePointOffset < 0) return base + textLength;
        if (charOffsetOfCodePoint == null) return base + Math.min(codePointOffset, textLength);
        return base + charOffsetOfCodePoint[Math.min(codePointOffset, charOffsetOfCodePoint.length - 1)];
    }

    /** The span of one token; an empty span where input ends for EOF. */
    Span of(Token token) {
        if (token.getType() == Token.EOF || token.getStopIndex() < token.getStartIndex()) {
            int at = offset(token.getStartIndex());
            return new Span(at, at);
        }
        return new Span(offset(token.getStartIndex()), offset(token.getStopIndex() + 1));
    }

    Span of(TerminalNode node) {
        return of(node.getSymbol());
    }

    /** From the start of the first token to the end of the last. */
    Span of(Token first, Token last) {
        return new Span(of(first).start(), Math.max(of(first).start(), of(last).end()));
    }

    Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        return of(ctx.getStart(), stop);
    }

    /** The span of {@code length} chars starting {@code from} chars into a token's text. */
    Span inside(Token token, int from, int length) {
        int start = of(token).start() + from;
        return new Span(start, start + length);
    }
}
