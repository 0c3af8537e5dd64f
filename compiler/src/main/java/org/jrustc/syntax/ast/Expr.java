package org.jrustc.syntax.ast;

import java.math.BigInteger;
import java.util.List;
import org.jrustc.diag.Span;

/**
 * Expressions. Nodes are compared by identity in the passes' side tables
 * (IdentityHashMap), never by value.
 */
public sealed interface Expr {
    Span span();

    /** An integer literal; {@code suffix} is "u8", "i64" … or null. */
    record IntLit(BigInteger value, String suffix, Span span) implements Expr {}

    record BoolLit(boolean value, Span span) implements Expr {}

    /** A char literal with escapes resolved, as a Unicode code point. */
    record CharLit(int codePoint, Span span) implements Expr {}

    /** {@code 1.5}, {@code 2e10}, {@code 3f32}: the digits as written (no {@code _}, no suffix), and the suffix or null. */
    record FloatLit(String digits, String suffix, Span span) implements Expr {}

    /** A string literal with escapes resolved. */
    record StrLit(String value, Span span) implements Expr {}

    /** {@code x}, {@code foo}, {@code S::new}, {@code Box::new}, {@code i32::MAX}, {@code std::hint::black_box}. */
    /** {@code a::b::c}; {@code generics} are the type arguments written after the last segment ({@code f::<i32>}). */
    record Path(List<String> segments, List<TypeExpr> generics, Span span) implements Expr {
        public Path(List<String> segments, Span span) { this(segments, List.of(), span); }
        public String last() { return segments.get(segments.size() - 1); }
        public boolean isSingle() { return segments.size() == 1; }
    }

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {}

    record MethodCall(Expr receiver, String method, Span methodSpan, List<Expr> args, Span span) implements Expr {}

    /** {@code base.name}; tuple-struct fields are named "0", "1", … */
    record Field(Expr base, String name, Span nameSpan, Span span) implements Expr {}

    enum UnOp { NEG, NOT, DEREF }

    record Unary(UnOp op, Expr operand, Span span) implements Expr {}

    /** {@code &e} or {@code &mut e}. */
    record Borrow(boolean mutable, Expr operand, Span span) implements Expr {}

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
        AND("&&"), OR("||"),
        BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        public final String symbol;
        BinOp(String symbol) { this.symbol = symbol; }

        public boolean isComparison() { return ordinal() >= EQ.ordinal(); }
        public boolean isLogical() { return this == AND || this == OR; }
    }

    record Binary(BinOp op, Expr left, Expr right, Span opSpan, Span span) implements Expr {}

    record Assign(Expr place, Expr value, Span span) implements Expr {}

    /** {@code place op= value}. */
    record CompoundAssign(BinOp op, Expr place, Expr value, Span opSpan, Span span) implements Expr {}

    /** {@code e as T}. */
    record Cast(Expr operand, TypeExpr type, Span span) implements Expr {}

    record BlockExpr(Block block, Span span) implements Expr {}

    /** {@code if cond { then } else elseExpr}; elseExpr is a BlockExpr, another If, or null. */
    record If(Expr cond, Block then, Expr elseExpr, Span span) implements Expr {}

    /** {@code 'label: while cond { body }}; label is null when absent (labels are stored without the quote). */
    record While(String label, Expr cond, Block body, Span span) implements Expr {}

    record Loop(String label, Block body, Span span) implements Expr {}

    record For(String label, Pat pat, Expr iterable, Block body, Span span) implements Expr {}

    /** {@code lo..hi} or {@code lo..=hi}; either end may be null. */
    record Range(Expr lo, Expr hi, boolean inclusive, Span span) implements Expr {}

    record Break(String label, Expr value, Span span) implements Expr {}

    record Continue(String label, Span span) implements Expr {}

    record Return(Expr value, Span span) implements Expr {}

    /** {@code S { a: e, b }} (shorthand fields get a Path value). */
    /** {@code S { a: 1, b }}; {@code base} is the {@code ..base} whose other fields fill the rest, or null. */
    record StructLit(List<String> path, List<FieldInit> fields, Expr base, Span span) implements Expr {}

    record FieldInit(String name, Expr value, Span span) {}

    /** {@code (a, b)}; the unit value {@code ()} has no elements. Parentheses alone make no node. */
    record Tuple(List<Expr> elements, Span span) implements Expr {}

    /**
     * {@code match scrutinee { arms }}. {@code if let P = e { a } else { b }} is a match too, with
     * the arms {@code P => a} and {@code _ => b} ({@code ifLet} true: the second arm is not the
     * user's, so it never counts as unreachable).
     */
    record Match(Expr scrutinee, List<Arm> arms, boolean ifLet, Span span) implements Expr {}

    /** {@code pattern if guard => body}; {@code guard} is null without {@code if}. */
    record Arm(Pat pat, Expr guard, Expr body, Span span) {}

    /** {@code operand?}: the value inside an {@code Option}'s {@code Some} or a {@code Result}'s {@code Ok}, or return early. */
    record Try(Expr operand, Span span) implements Expr {}

    /** {@code _}: only on the left of {@code =}, where it takes a value and throws it away. */
    record Underscore(Span span) implements Expr {}

    /** {@code [a, b, c]} */
    record Array(List<Expr> elements, Span span) implements Expr {}

    /** {@code [value; count]} */
    record ArrayRepeat(Expr value, Expr count, Span span) implements Expr {}

    /** {@code base[index]} */
    record Index(Expr base, Expr index, Span span) implements Expr {}

    /**
     * A macro call: {@code println!}, {@code print!}, {@code eprintln!}, {@code eprint!}, {@code panic!},
     * {@code assert!}, {@code assert_eq!}, {@code assert_ne!}, {@code format!} ….
     * {@code args} are the leading non-format arguments (assert!'s condition, assert_eq!'s two sides);
     * {@code format} is the parsed format string with its arguments, or null when absent.
     */
    record MacroCall(String name, Span nameSpan, List<Expr> args, FormatArgs format, Span span) implements Expr {}

    /** An expression the grammar knows but jrustc does not support yet; {@code what} names it. */
    record Unsupported(String what, Span span) implements Expr {}
}
