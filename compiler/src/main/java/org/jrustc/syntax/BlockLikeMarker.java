package org.jrustc.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token source that passes the lexer's tokens through and inserts an empty
 * {@code BLOCK_LIKE_START} token before every block-like expression that begins a statement or a
 * match arm.
 *
 * <p>Rust ends a statement at a block-like expression: {@code if c {} *p = 1;} is an {@code if}
 * followed by the statement {@code *p = 1;}, not a multiplication. Whether an {@code if} begins a
 * statement shows in the token before it: {@code {}, {@code ;}, {@code }} or {@code =>}. Marking
 * those starts here lets the grammar decide with one token, where ANTLR would otherwise look ahead
 * over the whole {@code if} to tell the two readings apart (and report errors inside it poorly).
 *
 * <p>The test is by tokens, so it can mark a block that does not start a statement: the body in
 * {@code if x == {y} {}} and the length in {@code [0; {n}]}. The grammar allows the marker there.
 */
final class BlockLikeMarker implements TokenSource {
    private final TokenSource lexer;
    private final Deque<Token> lookahead = new ArrayDeque<>();
    private int previousType = Token.INVALID_TYPE;

    BlockLikeMarker(TokenSource lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        Token token = take();
        if (endsStatementOrArmHead(previousType) && startsBlockLike(token)) {
            lookahead.addFirst(token);
            previousType = RustLexer.BLOCK_LIKE_START;
            return marker(token);
        }
        previousType = token.getType();
        return token;
    }

    private Token take() {
        return lookahead.isEmpty() ? lexer.nextToken() : lookahead.removeFirst();
    }

    private Token peek() {
        if (lookahead.isEmpty()) lookahead.addLast(lexer.nextToken());
        return lookahead.peekFirst();
    }

    private static boolean endsStatementOrArmHead(int type) {
        return type == RustLexer.LBRACE || type == RustLexer.SEMI || type == RustLexer.RBRACE
                || type == RustLexer.FATARROW;
    }

    /** {@code {}, {@code if}, {@code while}, {@code loop}, {@code for}, {@code match}, {@code unsafe {}, {@code async {}, {@code 'label:}. */
    private boolean startsBlockLike(Token token) {
        switch (token.getType()) {
            case RustLexer.LBRACE, RustLexer.KW_IF, RustLexer.KW_WHILE, RustLexer.KW_LOOP, RustLexer.KW_FOR,
                    RustLexer.KW_MATCH:
                return true;
            case RustLexer.KW_UNSAFE:
                return peek().getType() == RustLexer.LBRACE;
            case RustLexer.KW_ASYNC:
                return peek().getType() == RustLexer.LBRACE || peek().getType() == RustLexer.KW_MOVE;
            case RustLexer.LIFETIME:
                return peek().getType() == RustLexer.COLON;
            default:
                return false;
        }
    }

    private Token marker(Token before) {
        CommonToken marker = new CommonToken(new Pair<>(this, before.getInputStream()), RustLexer.BLOCK_LIKE_START,
                Token.DEFAULT_CHANNEL, before.getStartIndex(), before.getStartIndex() - 1);
        marker.setText("");
        marker.setLine(before.getLine());
        marker.setCharPositionInLine(before.getCharPositionInLine());
        return marker;
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
