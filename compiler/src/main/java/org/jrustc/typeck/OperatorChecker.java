package org.jrustc.typeck;

import org.jrustc.diag.Diagnostics;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.IntKind;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Checks the operator expressions of a body: unary and binary operators, comparisons, compound
 * assignment and {@code as} casts, with Rust's rules for which operand types each accepts (numbers
 * through references for arithmetic, equal types for comparisons) and rustc's errors otherwise.
 */
final class OperatorChecker {
    private final BodyChecker body;
    private final Inference infer;
    private final TypeTable table;
    private final Diagnostics diags;
    private final TypeLowering lowering;
    private final Ty self;

    OperatorChecker(BodyChecker body, Inference infer, TypeTable table, Diagnostics diags, TypeLowering lowering,
                    Ty self) {
        this.body = body;
        this.infer = infer;
        this.table = table;
        this.diags = diags;
        this.lowering = lowering;
        this.self = self;
    }

    Ty unary(Expr.Unary u, Ty expected) {
        switch (u.op()) {
            case DEREF -> {
                Ty t = body.exprHint(u.operand(), null);
                Ty target = body.derefTarget(t);
                if (target == null) {
                    if (!(infer.shallow(t) instanceof Ty.Var) || infer.isIntegerVar(t)) {
                        diags.error("E0614", "type `" + body.show(t) + "` cannot be dereferenced", u.span(), "can't be dereferenced");
                    }
                    return infer.error();
                }
                return target;
            }
            case NEG -> {
                if (u.operand() instanceof Expr.IntLit lit) body.negatedLiterals.add(lit);
                Ty t = numericOperand(u.operand(), expected);
                Ty s = infer.shallow(t);
                if (s instanceof Ty.Int i && !i.kind().signed) {
                    diags.error("E0600", "cannot apply unary operator `-` to type `" + i.kind().rustName() + "`", u.span(),
                            "cannot apply unary operator `-`");
                    return t;
                }
                if (s instanceof Ty.Int || s instanceof Ty.Var || s instanceof Ty.Float) {
                    if (infer.isIntegerVar(s)) body.negations.add(u);
                    return t;
                }
                diags.error("E0600", "cannot apply unary operator `-` to type `" + body.show(t) + "`", u.span(),
                        "cannot apply unary operator `-`");
                return infer.error();
            }
            default -> {
                Ty t = numericOperand(u.operand(), expected);
                Ty s = infer.shallow(t);
                if (s instanceof Ty.Int || s instanceof Ty.Bool || s instanceof Ty.Var && !infer.isFloatVar(s)) return t;
                diags.error("E0600", "cannot apply unary operator `!` to type `" + body.show(t) + "`", u.span(),
                        "cannot apply unary operator `!`");
                return infer.error();
            }
        }
    }

    /**
     * An operand of an arithmetic operator: references are read through (Rust's {@code &i32 + i32} impls).
     */
    private Ty numericOperand(Expr e, Ty hint) {
        Ty t = body.exprHint(e, hint);
        int derefs = 0;
        Ty s = infer.shallow(t);
        while (s instanceof Ty.Ref r && !(infer.shallow(r.inner()) instanceof Ty.Str)) {
            s = infer.shallow(r.inner());
            derefs++;
        }
        if (derefs > 0) table.operandDerefs.put(e, derefs);
        return s;
    }

    Ty binary(Expr.Binary b, Ty expected) {
        BinOp op = b.op();
        if (op.isLogical()) {
            body.expr(b.left(), Ty.BOOL);
            body.expr(b.right(), Ty.BOOL);
            return Ty.BOOL;
        }
        if (op.isComparison()) return comparison(b);
        Ty hint = op != BinOp.SHL && op != BinOp.SHR ? expected : null;
        Ty left = numericOperand(b.left(), hint);
        if (op == BinOp.SHL || op == BinOp.SHR) {
            Ty right = numericOperand(b.right(), null);
            if (!isIntegerOrUnknown(left) || !isIntegerOrUnknown(right)) return binaryError(b, left, right);
            return left;
        }
        Ty right = numericOperand(b.right(), left);
        if (infer.isError(left) || infer.isError(right)) return infer.error();
        Ty l = infer.shallow(left);
        boolean bitwise = op == BinOp.BIT_AND || op == BinOp.BIT_OR || op == BinOp.BIT_XOR;
        boolean arithmetic = !bitwise && op != BinOp.SHL && op != BinOp.SHR;
        boolean ok = infer.isInteger(l) || l instanceof Ty.Var && !infer.isFloatVar(l) || (l instanceof Ty.Bool && bitwise)
                || infer.isFloat(l) && arithmetic;
        if (!ok) return binaryError(b, left, right);
        if (!infer.unify(left, right)) {
            // rustc: two different integer types are a mismatch and a missing impl; anything else only the latter.
            if (infer.isInteger(right) && infer.isInteger(left)) body.mismatch(b.right().span(), left, right);
            diags.error("E0277", operatorMissing(op, left, right), b.opSpan(), "no implementation for `" + body.show(left) + " " + op.symbol + " "
                    + body.show(right) + "`");
        }
        return left;
    }

    /**
     * {@code a == b}, {@code a < b} …: both sides have the same type (Rust's PartialEq/PartialOrd
     * impls for references and boxes compare what they point to, so both sides are read through
     * the same number of references and boxes).
     */
    private Ty comparison(Expr.Binary b) {
        Ty left = body.exprHint(b.left(), null);
        Ty right = body.exprHint(b.right(), left);
        if (infer.isError(left) || infer.isError(right)) return Ty.BOOL;
        if (peelRefs(left) instanceof Ty.Array && peelRefs(right) instanceof Ty.Array && !infer.unify(left, right)) {
            // std compares arrays through slice impls: two different array types have no impl (E0277).
            diags.error("E0277", "can't compare `" + body.show(left) + "` with `" + body.show(right) + "`", b.opSpan(),
                    "no implementation for `" + body.show(left) + " " + b.op().symbol + " " + body.show(right) + "`");
            return Ty.BOOL;
        }
        if (!infer.unify(left, right)) {
            // As rustc: an unknown integer on the right only fails the PartialEq/PartialOrd impl search (E0277);
            // one on the left also mismatches the right operand (E0308); otherwise a plain mismatch.
            if (!infer.isIntegerVar(right) || infer.isIntegerVar(left)) body.mismatch(b.right().span(), left, right);
            if (infer.isIntegerVar(left) && !infer.isInteger(right) || infer.isIntegerVar(right) && !infer.isInteger(left)) {
                diags.error("E0277", "can't compare `" + body.show(left) + "` with `" + body.show(right) + "`", b.opSpan(),
                        "no implementation for `" + body.show(left) + " " + b.op().symbol + " " + body.show(right) + "`");
            }
            return Ty.BOOL;
        }
        if (!body.comparable(left, b.op() != BinOp.EQ && b.op() != BinOp.NE)) {
            binaryError(b, left, right);
            return Ty.BOOL;
        }
        Ty t = infer.shallow(left);
        int derefs = 0;
        while ((t instanceof Ty.Ref || t instanceof Ty.Boxed) && !body.isStrRef(t)) {
            t = infer.shallow(body.derefTarget(t));
            derefs++;
        }
        if (derefs > 0 && !(t instanceof Ty.Tuple || t instanceof Ty.Array || t instanceof Ty.Adt)) {
            table.operandDerefs.put(b.left(), derefs);
            table.operandDerefs.put(b.right(), derefs);
        }
        return Ty.BOOL;
    }

    private Ty peelRefs(Ty t) {
        Ty s = infer.shallow(t);
        while (s instanceof Ty.Ref r) s = infer.shallow(r.inner());
        return s;
    }

    /** Integers, and types not known yet (an earlier error, or inference still to come). */
    private boolean isIntegerOrUnknown(Ty t) {
        return infer.isInteger(t) || infer.shallow(t) instanceof Ty.Var;
    }

    private Ty binaryError(Expr.Binary b, Ty left, Ty right) {
        BinOp op = b.op();
        String message = op.isComparison()
                ? "binary operation `" + op.symbol + "` cannot be applied to type `" + body.show(left) + "`"
                : operatorMissing(op, left, right);
        diags.error("E0369", message, b.opSpan(), "");
        return op.isComparison() ? Ty.BOOL : infer.error();
    }

    /** rustc's headline for a missing operator impl: "cannot add `u8` to `i32`", "cannot divide `i32` by `bool`". */
    private String operatorMissing(BinOp op, Ty left, Ty right) {
        String l = "`" + body.show(left) + "`";
        String r = "`" + body.show(right) + "`";
        if (op == BinOp.ADD && infer.isFloatVar(infer.shallow(left)) && infer.isIntegerVar(infer.shallow(right))) {
            return "cannot add an integer to a float";
        }
        if (op == BinOp.ADD && infer.isIntegerVar(infer.shallow(left)) && infer.isFloatVar(infer.shallow(right))) {
            return "cannot add a float to an integer";
        }
        return switch (op) {
            case ADD -> "cannot add " + r + " to " + l;
            case SUB -> "cannot subtract " + r + " from " + l;
            case MUL -> "cannot multiply " + l + " by " + r;
            case DIV -> "cannot divide " + l + " by " + r;
            case REM -> "cannot calculate the remainder of " + l + " divided by " + r;
            default -> "no implementation for " + l.substring(0, l.length() - 1) + " " + op.symbol + " "
                    + r.substring(1);
        };
    }

    Ty compoundAssign(Expr.CompoundAssign a) {
        if (body.assignsToStatic(a.place(), a.span())) {
            body.exprHint(a.value(), null);
            return Ty.UNIT;
        }
        if (!BodyChecker.isAssignee(a.place()) || a.place() instanceof Expr.Tuple || body.namesAnItem(a.place())) {
            diags.error("E0067", "invalid left-hand side of assignment", a.span(), "cannot assign to this expression");
            body.exprHint(a.value(), null);
            return Ty.UNIT;
        }
        Ty place = body.exprHint(a.place(), null);
        Ty value = numericOperand(a.value(), place);
        BinOp op = a.op();
        if (op == BinOp.SHL || op == BinOp.SHR) {
            if (!infer.isInteger(place) || !infer.isInteger(value)) {
                diags.error("E0368", "binary assignment operation `" + op.symbol + "=` cannot be applied to type `"
                        + body.show(place) + "`", a.span(), "");
            }
            return Ty.UNIT;
        }
        Ty p = infer.shallow(place);
        boolean bitwise = op == BinOp.BIT_AND || op == BinOp.BIT_OR || op == BinOp.BIT_XOR;
        if (!(infer.isInteger(p) || (p instanceof Ty.Bool && bitwise) || infer.isFloat(p) && !bitwise)) {
            diags.error("E0368", "binary assignment operation `" + op.symbol + "=` cannot be applied to type `"
                    + body.show(place) + "`", a.span(), "cannot use `" + op.symbol + "=` on type `" + body.show(place) + "`");
        } else if (!infer.unify(place, value)) {
            if (infer.isInteger(value) && !infer.isFloat(place)) body.mismatch(a.value().span(), place, value);
            String verb = switch (op) {
                case ADD -> "add-assign `" + body.show(value) + "` to";
                case SUB -> "subtract-assign `" + body.show(value) + "` from";
                case MUL -> "multiply-assign `" + body.show(place) + "` by";
                case DIV -> "divide-assign `" + body.show(place) + "` by";
                default -> null;
            };
            String missing = "no implementation for `" + body.show(place) + " " + op.symbol + "= " + body.show(value) + "`";
            String message = verb == null ? missing
                    : "cannot " + verb + " `" + (op == BinOp.MUL || op == BinOp.DIV ? body.show(value) : body.show(place)) + "`";
            diags.error("E0277", message, a.opSpan(), missing);
        }
        return Ty.UNIT;
    }

    Ty cast(Expr.Cast c) {
        Ty target = body.lowerType(c.type());
        // Like rustc, the target type guides only a literal written directly under `as`
        // (`300 as u8` is out of range, `65 as char` is a u8); anything else defaults to i32.
        boolean literal = c.operand() instanceof Expr.IntLit
                || c.operand() instanceof Expr.Unary u && u.operand() instanceof Expr.IntLit;
        Ty hint = !literal ? null : target instanceof Ty.Char ? new Ty.Int(IntKind.U8)
                : target instanceof Ty.Int ? target : null;
        Ty source = body.exprHint(c.operand(), hint);
        if (target == null) return infer.error();
        Ty s = infer.shallow(source);
        boolean sourceInt = s instanceof Ty.Int || infer.isIntegerVar(s);
        boolean sourceFloat = infer.isFloat(s);
        if (target instanceof Ty.Int && (sourceInt || sourceFloat || s instanceof Ty.Bool || s instanceof Ty.Char)) return target;
        if (target instanceof Ty.Float && (sourceInt || sourceFloat)) return target;
        // A fieldless enum casts to its discriminant (not one with a destructor: it must be dropped).
        if (target instanceof Ty.Int && s instanceof Ty.Enum e && e.def().isFieldless()) {
            if (e.def().dropFn() != null) {
                diags.error(null, "cannot cast enum `" + body.show(s) + "` into integer `" + body.show(target)
                        + "` because it implements `Drop`", c.span(), "");
            }
            return target;
        }
        if (s instanceof Ty.Enum e && e.def().isFieldless() && target instanceof Ty.Float) {
            diags.error("E0606", "casting `" + body.show(s) + "` as `" + body.show(target) + "` is invalid", c.span(), "");
            return target;
        }
        if (s instanceof Ty.Enum e && e.def().isFieldless() && target instanceof Ty.Char) {
            diags.error("E0604", "only `u8` can be cast as `char`, not `" + body.show(s) + "`", c.span(), "invalid cast");
            return target;
        }
        if (s instanceof Ty.Var && !infer.isIntegerVar(s) && !sourceFloat || infer.isError(s)) return target;
        boolean primitive = sourceInt || sourceFloat || s instanceof Ty.Bool || s instanceof Ty.Char;
        boolean primitiveTarget = target instanceof Ty.Int || target instanceof Ty.Float || target instanceof Ty.Bool
                || target instanceof Ty.Char;
        if (s instanceof Ty.Ref && primitiveTarget) {
            diags.error("E0606", "casting `" + body.show(s) + "` as `" + body.show(target) + "` is invalid", c.span(), "");
        } else if (!primitive || !primitiveTarget) {
            diags.error("E0605", "non-primitive cast: `" + body.show(s) + "` as `" + body.show(target) + "`", c.span(),
                    "an `as` expression can only be used to convert between primitive types or to coerce to a "
                    + "specific trait object");
        } else if (target instanceof Ty.Char) {
            if (s instanceof Ty.Int i && i.kind() == IntKind.U8 || s instanceof Ty.Char) return target;
            diags.error("E0604", "only `u8` can be cast as `char`, not `" + body.show(s) + "`", c.span(), "invalid cast");
        } else if (target instanceof Ty.Bool && !(s instanceof Ty.Bool)) {
            diags.error("E0054", "cannot cast `" + body.show(s) + "` as `bool`", c.span(), "unsupported cast");
        } else if (target instanceof Ty.Float) {
            diags.error("E0606", "casting `" + body.show(s) + "` as `" + body.show(target) + "` is invalid", c.span(), "");
        }
        return target;
    }
}
