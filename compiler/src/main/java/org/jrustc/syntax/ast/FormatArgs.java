package org.jrustc.syntax.ast;

import java.util.List;
import org.jrustc.diag.Span;

/**
 * A format string split into pieces, with the arguments it uses. Inline captures
 * ({@code {x}}) become {@link Expr.Path} arguments whose span lies inside the string.
 * Each placeholder refers to an argument by index into {@code args}.
 */
public record FormatArgs(List<Piece> pieces, List<Expr> args, Span span) {

    public sealed interface Piece {}

    /** Literal text, with {@code {{}} and {@code }}} already unescaped. */
    public record Text(String text) implements Piece {}

    /** A placeholder: {@code {}}, {@code {0}}, {@code {name}}, {@code {:?}} … */
    public record Hole(int argIndex, Spec spec, Span span) implements Piece {}

    /**
     * What follows the colon. {@code debug} is {@code :?}; the rest (fill, align, width, precision,
     * alternate, sign, zero, radix) is parsed now for issue 5 and refused by the type checker until then.
     */
    public record Spec(boolean debug, String raw) {
        public static final Spec DISPLAY = new Spec(false, "");
        public boolean isPlain() { return raw.isEmpty() || raw.equals("?"); }
    }
}
