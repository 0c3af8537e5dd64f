package org.jrustc.typeck;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrustc.diag.Diagnostics;
import org.jrustc.resolve.Res;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.syntax.ast.Item;
import org.jrustc.runtime.Floats;
import org.jrustc.types.EnumDef;
import org.jrustc.types.IntKind;
import org.jrustc.types.Ty;

/**
 * Computes the value of every {@code const} item at compile time, as rustc does: integers, bool,
 * char and {@code &str} values built from literals, other constants, {@code i32::MAX} and friends,
 * arithmetic, bit, shift, comparison and logical operators and {@code as} casts. An overflow or a
 * division by zero is rustc's E0080; a constant defined through itself is E0391. Other expressions
 * (calls, blocks …) are refused by name.
 *
 * <p>Values are computed on first use and kept, so a constant may use constants declared after it.
 */
final class ConstEvaluator {

    /** A constant's value: {@code number} for a scalar, {@code text} for a {@code &str}. */
    record Value(Ty type, BigInteger number, String text) {
        long bits() { return number.longValue(); }
    }

    /** Computes every constant of the program into {@code table.consts}. */
    void evaluateAll(TypeTable table) {
        List<Item.Const> all = new java.util.ArrayList<>(res.items.consts.values());
        for (Map<String, Item.Const> assoc : res.items.assocConsts.values()) {
            for (Item.Const c : assoc.values()) if (!all.contains(c)) all.add(c);
        }
        for (Item.Const c : all) {
            Value v = value(c);
            if (v != null) table.consts.put(c, new TypeTable.ConstValue(v.type(), v.bits(), v.text()));
        }
    }

    /**
     * The discriminant of every enum variant: as written (an isize constant expression), or one more
     * than the previous variant's (0 for the first). Two variants with one value are E0081.
     */
    void evaluateDiscriminants(TypeTable table) {
        IntKind isize = IntKind.ISIZE;
        for (Item.Enum e : res.items.enums.values()) {
            EnumDef def = table.enumDefs.get(e);
            BigInteger next = BigInteger.ZERO;
            Map<BigInteger, Item.Variant> seen = new HashMap<>();
            for (Item.Variant v : e.variants()) {
                BigInteger value = next;
                if (v.discriminant() != null && v.shape() != Item.Shape.UNIT) {
                    diags.error("E0732", "`#[repr(inttype)]` must be specified for enums with explicit discriminants and "
                            + "non-unit variants", e.nameSpan(), "");
                }
                if (v.discriminant() != null) {
                    value = discriminant(v.discriminant(), e, v);
                    if (value == null) value = next;
                } else if (value.compareTo(isize.max()) > 0) {
                    diags.error("E0370", "enum discriminant overflowed", v.nameSpan(), "overflowed on value after "
                            + isize.max());
                    value = BigInteger.ZERO;
                }
                Item.Variant earlier = seen.putIfAbsent(value, v);
                if (earlier != null) {
                    diags.error("E0081", "discriminant value `" + value + "` assigned more than once", e.nameSpan(), "");
                }
                def.discriminants().add(value.longValue());
                next = value.add(BigInteger.ONE);
            }
        }
    }

    private BigInteger discriminant(Expr e, Item.Enum owner, Item.Variant v) {
        Item.Const outer = current;
        current = new Item.Const(owner.name() + "::" + v.name() + "::{constant#0}", v.nameSpan(), null, e, v.span());
        try {
            Value value = eval(e, new Ty.Int(IntKind.ISIZE));
            if (value == null) return null;
            if (!value.type().equals(new Ty.Int(IntKind.ISIZE))) mismatch(e, new Ty.Int(IntKind.ISIZE), value.type());
            return value.number();
        } catch (Failed failed) {
            return null;
        } finally {
            current = outer;
        }
    }

    private final Diagnostics diags;
    private final Resolution res;
    private final TypeLowering lowering;
    private final Map<Item.Const, Value> values = new HashMap<>();
    private final Set<Item.Const> failed = new HashSet<>();
    private final Set<Item.Const> inProgress = new HashSet<>();
    /** The constant being computed, for the messages. */
    private Item.Const current;

    ConstEvaluator(Diagnostics diags, Resolution res, TypeLowering lowering) {
        this.diags = diags;
        this.res = res;
        this.lowering = lowering;
    }

    /** The constant named {@code name}, or null. */
    Item.Const named(String name) { return res.items.consts.get(name); }

    /** The declared type of a constant, or null after an error in it. */
    Ty typeOf(Item.Const c) {
        Value v = value(c);
        return v == null ? null : v.type();
    }

    /** The value of a constant, or null when it has an error (reported once). */
    Value value(Item.Const c) {
        Value done = values.get(c);
        if (done != null || failed.contains(c)) return done;
        if (!inProgress.add(c)) {
            diags.error("E0391", "cycle detected when const-evaluating `" + c.name() + "`", c.nameSpan(), "");
            failed.add(c);
            return null;
        }
        Item.Const outer = current;
        current = c;
        Value v = null;
        try {
            Ty type = lowering.lower(c.type(), null);
            boolean fieldlessEnum = type instanceof Ty.Enum e && e.def().isFieldless();
            if (type != null && !isScalar(type) && !type.equals(Ty.STATIC_STR) && !fieldlessEnum) {
                unsupported("`const` items of type `" + type.display() + "`", c.type().span());
            } else if (type != null) {
                v = eval(c.value(), type);
                if (v != null && !v.type().equals(type)) {
                    mismatch(c.value(), type, v.type());
                    v = null;
                }
            }
        } catch (Failed e) {
            v = null;
        } finally {
            current = outer;
            inProgress.remove(c);
        }
        if (v == null) failed.add(c); else values.put(c, v);
        return v;
    }

    /** An error was reported; the constant has no value. */
    private static final class Failed extends RuntimeException {
        Failed() { super(null, null, false, false); }
    }

    private Value eval(Expr e, Ty expected) {
        if (e instanceof Expr.IntLit lit) return intLiteral(lit, expected, false);
        if (e instanceof Expr.FloatLit f) {
            boolean single = f.suffix() != null ? f.suffix().equals("f32") : expected instanceof Ty.Float ft && ft.single();
            return single ? floatValue((float) Double.parseDouble(f.digits())) : floatValue(Double.parseDouble(f.digits()));
        }
        if (e instanceof Expr.BoolLit b) return scalar(Ty.BOOL, b.value() ? 1 : 0);
        if (e instanceof Expr.CharLit c) return scalar(Ty.CHAR, c.codePoint());
        if (e instanceof Expr.StrLit s) return new Value(Ty.STATIC_STR, BigInteger.ZERO, s.value());
        if (e instanceof Expr.Path p) return path(p);
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.IntLit lit) {
            // `-128` is one literal for rustc's range check: 128 alone would not fit in an i8.
            Value v = intLiteral(lit, expected, true);
            if (!(v.type() instanceof Ty.Int i) || !i.kind().signed) return cannotApply("-", v.type(), e);
            return wrapped(i.kind(), v.number().negate());
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) {
            Value v = eval(u.operand(), expected);
            if (v.type() instanceof Ty.Float f) return f.single() ? floatValue(-(float) asDouble(v)) : floatValue(-asDouble(v));
            if (!(v.type() instanceof Ty.Int i) || !i.kind().signed) return cannotApply("-", v.type(), e);
            return checked(i.kind(), v.number().negate(), e, "negate `" + shown(v) + "`");
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NOT) {
            Value v = eval(u.operand(), expected);
            if (v.type() instanceof Ty.Bool) return scalar(Ty.BOOL, v.bits() == 0 ? 1 : 0);
            if (v.type() instanceof Ty.Int i) return wrapped(i.kind(), v.number().not());
            return cannotApply("!", v.type(), e);
        }
        if (e instanceof Expr.Binary b) return binary(b, expected);
        if (e instanceof Expr.Cast c) return cast(c);
        if (e instanceof Expr.BlockExpr block && block.block().stmts().isEmpty() && block.block().tail() != null) {
            return eval(block.block().tail(), expected);
        }
        unsupported("this kind of expression in a `const` item", e.span());
        throw new Failed();
    }

    /** An integer literal; {@code negated} when it is the operand of a minus sign, which may make it fit. */
    private Value intLiteral(Expr.IntLit lit, Ty expected, boolean negated) {
        IntKind kind = lit.suffix() != null ? IntKind.fromName(lit.suffix())
                : expected instanceof Ty.Int i ? i.kind() : IntKind.I32;
        if (kind == null) {
            unsupported("floating-point numbers", lit.span());
            throw new Failed();
        }
        BigInteger limit = negated && kind.signed ? kind.min().negate() : kind.max();
        if (lit.value().compareTo(limit) > 0) {
            diags.error(null, "literal out of range for `" + kind.rustName() + "`", lit.span(), "");
            throw new Failed();
        }
        return scalar(new Ty.Int(kind), lit.value());
    }

    private Value path(Expr.Path p) {
        Res r = res.paths.get(p);
        if (r instanceof Res.IntConst c) return scalar(new Ty.Int(c.kind()), c.max() ? c.kind().max() : c.kind().min());
        if (r instanceof Res.Const c) {
            Value v = value(c.item());
            if (v == null) throw new Failed();
            return v;
        }
        if (r instanceof Res.Variant v && v.variant().shape() == Item.Shape.UNIT) {
            // A unit variant of a fieldless enum: its one cell, the tag, holds the variant's index.
            return scalar(lowering.typeOf(v.item()), v.index());
        }
        if (r != null) unsupported("this kind of expression in a `const` item", p.span());
        throw new Failed(); // an unresolved name: reported by the resolver
    }

    private Value binary(Expr.Binary b, Ty expected) {
        BinOp op = b.op();
        if (op.isLogical()) {
            Value l = eval(b.left(), Ty.BOOL);
            Value r = eval(b.right(), Ty.BOOL);
            if (!(l.type() instanceof Ty.Bool)) return mismatch(b.left(), Ty.BOOL, l.type());
            if (!(r.type() instanceof Ty.Bool)) return mismatch(b.right(), Ty.BOOL, r.type());
            boolean value = op == BinOp.AND ? l.bits() != 0 && r.bits() != 0 : l.bits() != 0 || r.bits() != 0;
            return scalar(Ty.BOOL, value ? 1 : 0);
        }
        Value l = eval(b.left(), op.isComparison() ? null : expected);
        if (l.type() instanceof Ty.Float f) return floatBinary(b, f, l, eval(b.right(), l.type()));
        Value r = eval(b.right(), op == BinOp.SHL || op == BinOp.SHR ? null : l.type());
        if (op.isComparison()) {
            if (!l.type().equals(r.type()) || l.text() != null) return cannotApply(op.symbol, l.type(), b);
            int c = l.number().compareTo(r.number());
            boolean value = switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
            return scalar(Ty.BOOL, value ? 1 : 0);
        }
        if (l.type() instanceof Ty.Bool && r.type() instanceof Ty.Bool
                && (op == BinOp.BIT_AND || op == BinOp.BIT_OR || op == BinOp.BIT_XOR)) {
            long x = l.bits();
            long y = r.bits();
            return scalar(Ty.BOOL, op == BinOp.BIT_AND ? x & y : op == BinOp.BIT_OR ? x | y : x ^ y);
        }
        if (!(l.type() instanceof Ty.Int li)) return cannotApply(op.symbol, l.type(), b);
        if (!(r.type() instanceof Ty.Int)) return mismatch(b.right(), l.type(), r.type());
        if (op != BinOp.SHL && op != BinOp.SHR && !l.type().equals(r.type())) return mismatch(b.right(), l.type(), r.type());
        IntKind kind = li.kind();
        BigInteger x = l.number();
        BigInteger y = r.number();
        String what = "compute `" + shown(l) + " " + op.symbol + " " + shown(r) + "`, which would overflow";
        return switch (op) {
            case ADD -> checked(kind, x.add(y), b, what);
            case SUB -> checked(kind, x.subtract(y), b, what);
            case MUL -> checked(kind, x.multiply(y), b, what);
            case DIV, REM -> {
                if (y.signum() == 0) {
                    fail(b, (op == BinOp.DIV ? "divide `" : "calculate the remainder of `") + shown(l)
                            + (op == BinOp.DIV ? "` by zero" : "` with a divisor of zero"));
                }
                // MIN % -1 overflows like MIN / -1 does: the remainder exists only with its quotient.
                checked(kind, x.divide(y), b, what);
                yield scalar(new Ty.Int(kind), op == BinOp.DIV ? x.divide(y) : x.remainder(y));
            }
            case BIT_AND -> wrapped(kind, x.and(y));
            case BIT_OR -> wrapped(kind, x.or(y));
            case BIT_XOR -> wrapped(kind, x.xor(y));
            case SHL, SHR -> {
                if (y.signum() < 0 || y.compareTo(BigInteger.valueOf(kind.bits)) >= 0) {
                    fail(b, "shift " + (op == BinOp.SHL ? "left" : "right") + " by `" + shown(r) + "`, which would overflow");
                }
                yield op == BinOp.SHL ? wrapped(kind, x.shiftLeft(y.intValue())) : wrapped(kind, x.shiftRight(y.intValue()));
            }
            default -> cannotApply(op.symbol, l.type(), b);
        };
    }

    /** Float arithmetic and comparisons, as IEEE 754 computes them (rustc does the same at compile time). */
    private Value floatBinary(Expr.Binary b, Ty.Float type, Value l, Value r) {
        if (!r.type().equals(type)) return mismatch(b.right(), type, r.type());
        double x = asDouble(l);
        double y = asDouble(r);
        double result;
        switch (b.op()) {
            case ADD -> result = x + y;
            case SUB -> result = x - y;
            case MUL -> result = x * y;
            case DIV -> result = x / y;
            case REM -> result = x % y;
            case EQ -> { return scalar(Ty.BOOL, x == y ? 1 : 0); }
            case NE -> { return scalar(Ty.BOOL, x != y ? 1 : 0); }
            case LT -> { return scalar(Ty.BOOL, x < y ? 1 : 0); }
            case LE -> { return scalar(Ty.BOOL, x <= y ? 1 : 0); }
            case GT -> { return scalar(Ty.BOOL, x > y ? 1 : 0); }
            case GE -> { return scalar(Ty.BOOL, x >= y ? 1 : 0); }
            default -> { return cannotApply(b.op().symbol, type, b); }
        }
        return type.single() ? floatValue((float) result) : floatValue(result);
    }

    private static Value floatValue(double d) { return new Value(Ty.F64, BigInteger.valueOf(Floats.bits(d)), null); }

    private static Value floatValue(float f) { return new Value(Ty.F32, BigInteger.valueOf(Floats.bits(f)), null); }

    private static double asDouble(Value v) {
        return ((Ty.Float) v.type()).single() ? Floats.f32(v.bits()) : Floats.f64(v.bits());
    }

    private Value cast(Expr.Cast c) {
        Value v = eval(c.operand(), null);
        Ty target = lowering.lower(c.type(), null);
        if (target == null) throw new Failed();
        if (target instanceof Ty.Float f && (v.type() instanceof Ty.Float || v.type() instanceof Ty.Int)) {
            double d = v.type() instanceof Ty.Float ? asDouble(v) : v.number().doubleValue();
            return f.single() ? floatValue((float) d) : floatValue(d);
        }
        if (target instanceof Ty.Int i && v.type() instanceof Ty.Float) {
            // Rust's float-to-integer cast saturates, and NaN becomes 0.
            double d = asDouble(v);
            BigInteger n = Double.isNaN(d) ? BigInteger.ZERO : new java.math.BigDecimal(d).toBigInteger();
            return scalar(target, n.max(i.kind().min()).min(i.kind().max()));
        }
        if (target instanceof Ty.Int i && isScalar(v.type())) return wrapped(i.kind(), v.number());
        if (target instanceof Ty.Char && v.type() instanceof Ty.Int i && i.kind() == IntKind.U8) {
            return scalar(Ty.CHAR, v.number());
        }
        if (target.equals(v.type())) return v;
        diags.error("E0606", "casting `" + v.type().display() + "` as `" + target.display() + "` is invalid", c.span(), "");
        throw new Failed();
    }

    // ---- values and errors ----

    private static boolean isScalar(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Float;
    }

    private static Value scalar(Ty type, long bits) {
        return new Value(type, BigInteger.valueOf(bits), null);
    }

    private static Value scalar(Ty type, BigInteger value) {
        return new Value(type, value, null);
    }

    /** {@code value} truncated to the type's width, as {@code as} and the bit operators do. */
    private static Value wrapped(IntKind kind, BigInteger value) {
        BigInteger modulus = BigInteger.ONE.shiftLeft(kind.bits);
        BigInteger v = value.mod(modulus);
        if (kind.signed && v.compareTo(kind.max()) > 0) v = v.subtract(modulus);
        return scalar(new Ty.Int(kind), v);
    }

    private Value checked(IntKind kind, BigInteger value, Expr at, String what) {
        if (value.compareTo(kind.min()) < 0 || value.compareTo(kind.max()) > 0) fail(at, what);
        return scalar(new Ty.Int(kind), value);
    }

    /** How rustc writes a value in an E0080 message: {@code 200_u8}, {@code true}. */
    private static String shown(Value v) {
        if (v.type() instanceof Ty.Int i) return v.number() + "_" + i.kind().rustName();
        if (v.type() instanceof Ty.Bool) return v.bits() != 0 ? "true" : "false";
        return v.number().toString();
    }

    private void fail(Expr at, String what) {
        diags.error("E0080", "attempt to " + what, at.span(), "evaluation of `" + current.name() + "` failed here");
        throw new Failed();
    }

    private Value mismatch(Expr at, Ty expected, Ty found) {
        diags.error("E0308", "mismatched types", at.span(), "expected `" + expected.display() + "`, found `"
                + found.display() + "`");
        throw new Failed();
    }

    private Value cannotApply(String op, Ty type, Expr at) {
        diags.error("E0369", "binary operation `" + op + "` cannot be applied to type `" + type.display() + "`", at.span(), "");
        throw new Failed();
    }

    private void unsupported(String what, org.jrustc.diag.Span span) {
        diags.error(null, org.jrustc.diag.Unsupported.message(what), span, "");
    }
}
