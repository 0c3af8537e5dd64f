package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
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
 * Like rustc, a block-like expression followed by {@code .} or {@code ?} ({@code match x {…}.len()})
 * goes on as an ordinary expression, so it is not marked.
 *
 * <p>The test is by tokens, so it can mark a block that does not start a statement: the body in
 * {@code if x == {y} {}} and the length in {@code [0; {n}]}. The grammar allows the marker there.
 */
final class BlockLikeMarker implements TokenSource {
    private final TokenSource lexer;
    /** Tokens read from the lexer; those from {@code next} on are not handed out yet. */
    private final List<Token> buffer = new ArrayList<>();
    private int next;
    private int previousType = Token.INVALID_TYPE;

    BlockLikeMarker(TokenSource lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        if (next == buffer.size()) {
            buffer.clear();
            next = 0;
        }
        Token token = peek(0);
        if (endsStatementOrArmHead(previousType) && startsBlockLike() && !continuesAfterItsBlock()) {
            previousType = RustLexer.BLOCK_LIKE_START;
            return marker(token);
        }
        next++;
        previousType = token.getType();
        return token;
    }

    private Token peek(int k) {
        while (buffer.size() <= next + k) buffer.add(lexer.nextToken());
        return buffer.get(next + k);
    }

    /** The type of the token {@code k} places after the next one (0 is the next one). */
    private int type(int k) {
        return peek(k).getType();
    }

    private static boolean endsStatementOrArmHead(int type) {
        return type == RustLexer.LBRACE || type == RustLexer.SEMI || type == RustLexer.RBRACE
                || type == RustLexer.FATARROW;
    }

    /** {@code {}, {@code if}, {@code while}, {@code loop}, {@code for}, {@code match}, {@code unsafe {}, {@code async {}, {@code 'label:}. */
    private boolean startsBlockLike() {
        switch (type(0)) {
            case RustLexer.LBRACE, RustLexer.KW_IF, RustLexer.KW_WHILE, RustLexer.KW_LOOP, RustLexer.KW_FOR,
                    RustLexer.KW_MATCH:
                return true;
            case RustLexer.KW_UNSAFE:
                return type(1) == RustLexer.LBRACE;
            case RustLexer.KW_ASYNC:
                return type(1) == RustLexer.LBRACE || type(1) == RustLexer.KW_MOVE;
            case RustLexer.LIFETIME:
                return type(1) == RustLexer.COLON;
            default:
                return false;
        }
    }

    /** Whether {@code .} or {@code ?} follows the block that ends the block-like expression starting next. */
    private boolean continuesAfterItsBlock() {
        int k = type(0) == RustLexer.LIFETIME ? 2 : 0;
        while (true) {
            int body = bodyBrace(k);
            int end = body < 0 ? -1 : closingBrace(body);
            if (end < 0) return false;
            boolean elseFollows = type(k) == RustLexer.KW_IF && type(end + 1) == RustLexer.KW_ELSE;
            if (!elseFollows) return type(end + 1) == RustLexer.DOT || type(end + 1) == RustLexer.QUESTION;
            k = end + 2;
        }
    }

    /** The first {@code {} outside parentheses and brackets from {@code k} on: the body. */
    private int bodyBrace(int k) {
        int depth = 0;
        for (int i = k; ; i++) {
            int t = type(i);
            if (t == Token.EOF || (depth == 0 && t == RustLexer.SEMI)) return -1;
            if (t == RustLexer.LPAREN || t == RustLexer.LBRACKET) depth++;
            if (t == RustLexer.RPAREN || t == RustLexer.RBRACKET) depth--;
            if (depth == 0 && t == RustLexer.LBRACE) return i;
        }
    }

    private int closingBrace(int open) {
        int depth = 0;
        for (int i = open; ; i++) {
            int t = type(i);
            if (t == Token.EOF) return -1;
            if (t == RustLexer.LBRACE) depth++;
            if (t == RustLexer.RBRACE && --depth == 0) return i;
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
