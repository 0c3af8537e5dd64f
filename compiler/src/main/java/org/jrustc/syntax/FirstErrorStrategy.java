package org.jrustc.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * ANTLR's error handling for jrustc: stop at the first syntax error and remember it (token and
 * expected tokens) for {@link SyntaxErrorMessage}, rather than recover and report cascades.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {

    /**
     * The first syntax error: the token where parsing failed, the one before it, the tokens that
     * would have fit; for a struct literal in a condition, the literal's last token.
     */
    record SyntaxError(Token offending, Token previous, IntervalSet expected, Token structLiteralEnd) {}

    private SyntaxError error;

    SyntaxError error() {
        return error;
    }

    @Override
    public Token recoverInline(Parser parser) {
        throw stop(parser.getCurrentToken(), parser.getExpectedTokens(), parser);
    }

    @Override
    public void reportError(Parser parser, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        Token start = e instanceof NoViableAltException noViable ? noViable.getStartToken() : offending;
        Token literalEnd = structLiteralInCondition((RustParser) parser, start);
        if (literalEnd != null) {
            if (error == null) error = new SyntaxError(start, null, new IntervalSet(), literalEnd);
            throw new ParseCancellationException("struct literal in a condition");
        }
        IntervalSet expected;
        if (e instanceof NoViableAltException noViable && noViable.getDeadEndConfigs() != null) {
            expected = expectedAfter(parser.getATN(), noViable);
        } else if (e instanceof InputMismatchException || e instanceof FailedPredicateException) {
            expected = e.getExpectedTokens();
        } else {
            expected = parser.getExpectedTokens();
        }
        throw stop(offending, expected, parser);
    }

    /**
     * When prediction looked ahead several tokens before failing, ANTLR's expected set describes
     * the decision's first token; the tokens the still-alive ATN states could have consumed at the
     * failing token are the better answer.
     */
    private static IntervalSet expectedAfter(ATN atn, NoViableAltException e) {
        IntervalSet expected = new IntervalSet();
        for (ATNConfig config : e.getDeadEndConfigs()) {
            if (config.state instanceof RuleStopState) continue;
            expected.addAll(atn.nextTokens(config.state));
        }
        expected.remove(Token.EPSILON);
        return expected.isNil() ? e.getExpectedTokens() : expected;
    }

    /**
     * When the error is a struct literal where the grammar forbids one ({@code if x == S { a: 1 } {}}),
     * the literal's closing brace; otherwise null. Like rustc, a path followed by {@code { name:},
     * {@code { name,} or {@code { ..} is taken for a struct literal.
     */
    private static Token structLiteralInCondition(RustParser parser, Token start) {
        if (parser.structLiteralAllowed()) return null;
        TokenStream tokens = parser.getTokenStream();
        int i = start.getTokenIndex();
        if (i < 0 || !isPathSegment(type(tokens, i))) return null;
        i++;
        while (type(tokens, i) == RustLexer.PATHSEP && isPathSegment(type(tokens, i + 1))) i += 2;
        if (type(tokens, i) != RustLexer.LBRACE) return null;
        int first = type(tokens, i + 1);
        int second = type(tokens, i + 2);
        boolean looksLikeFields = first == RustLexer.DOTDOT
                || (first == RustLexer.IDENT && (second == RustLexer.COLON || second == RustLexer.COMMA));
        if (!looksLikeFields) return null;
        int depth = 0;
        for (; type(tokens, i) != Token.EOF; i++) {
            if (type(tokens, i) == RustLexer.LBRACE) depth++;
            if (type(tokens, i) == RustLexer.RBRACE && --depth == 0) return tokens.get(i);
        }
        return null;
    }

    private static int type(TokenStream tokens, int index) {
        return index < tokens.size() ? tokens.get(index).getType() : Token.EOF;
    }

    private static boolean isPathSegment(int type) {
        return type == RustLexer.IDENT || type == RustLexer.KW_SELFTYPE || type == RustLexer.KW_SELFVALUE
                || type == RustLexer.KW_SUPER || type == RustLexer.KW_CRATE;
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        throw stop(parser.getCurrentToken(), getExpectedTokens(parser), parser);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        throw stop(parser.getCurrentToken(), getExpectedTokens(parser), parser);
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        throw new ParseCancellationException(e);
    }

    private ParseCancellationException stop(Token offending, IntervalSet expected, Parser parser) {
        TokenStream tokens = parser.getTokenStream();
        if (offending.getType() == RustLexer.BLOCK_LIKE_START) {
            // The marker is empty: name the token it stands before.
            offending = tokens.get(offending.getTokenIndex() + 1);
        }
        Token previous = null;
        for (int i = offending.getTokenIndex() - 1; i >= 0 && previous == null; i--) {
            if (tokens.get(i).getType() != RustLexer.BLOCK_LIKE_START) previous = tokens.get(i);
        }
        if (error == null) error = new SyntaxError(offending, previous, expected, null);
        return new ParseCancellationException("syntax error");
    }
}
