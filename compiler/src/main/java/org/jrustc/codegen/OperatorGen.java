package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;
import static org.jrustc.codegen.Bytecode.pushLong;

import org.jrustc.mir.Operand;
import org.jrustc.mir.Rvalue;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.IntKind;
import org.jrustc.types.Ty;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Binary and unary operators and {@code as} casts on one-cell values. Checked arithmetic and shifts
 * call {@code Arith}; comparisons, bitwise operators and casts are inline, since they cannot panic.
 * Every result is a normalised long (bool as 0/1).
 */
final class OperatorGen implements Opcodes {
    private static final String ARITH_DESC = "(JJI" + Bytecode.MACHINE_DESC + "Ljava/lang/String;)J";
    private static final String SHIFT_DESC = "(JJIZ" + Bytecode.MACHINE_DESC + "Ljava/lang/String;)J";
    private static final String NEG_DESC = "(JI" + Bytecode.MACHINE_DESC + "Ljava/lang/String;)J";

    private final MethodVisitor mv;
    private final PlaceAccess places;

    OperatorGen(MethodVisitor mv, PlaceAccess places) {
        this.mv = mv;
        this.places = places;
    }

    void binary(Rvalue.Binary b) {
        BinOp op = b.op();
        if (op.isComparison()) {
            Ty compared = pushComparable(b.left());
            pushComparable(b.right());
            if (compared instanceof Ty.Float f) {
                mv.visitInsn(f.single() ? ICONST_1 : ICONST_0);
                pushInt(mv, op.ordinal() - BinOp.EQ.ordinal());
                mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, "compare", "(JJZI)J", false);
            } else if (isStr(compared)) {
                mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
                mv.visitMethodInsn(INVOKESTATIC, Bytecode.STRINGS, "compare", "(JJJJ" + Bytecode.MACHINE_DESC + ")I", false);
                booleanFromInt(op);
            } else {
                compare(op, compared);
            }
            return;
        }
        places.loadOperand(b.left());
        places.loadOperand(b.right());
        Ty type = b.operandType();
        if (type instanceof Ty.Float f) {
            mv.visitInsn(f.single() ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, arithName(op), "(JJZ)J", false);
        } else if (op == BinOp.BIT_AND || op == BinOp.AND) {
            mv.visitInsn(LAND);
        } else if (op == BinOp.BIT_OR || op == BinOp.OR) {
            mv.visitInsn(LOR);
        } else if (op == BinOp.BIT_XOR) {
            mv.visitInsn(LXOR);
        } else {
            IntKind kind = intKind(type, op.symbol);
            if (op == BinOp.SHL || op == BinOp.SHR) {
                pushInt(mv, kind.bits);
                pushInt(mv, kind.signed ? 1 : 0);
                callArith(op == BinOp.SHL ? "shl" : "shr", SHIFT_DESC, b.location());
            } else {
                pushInt(mv, kind.bits);
                callArith(arithName(op) + (kind.signed ? "S" : "U"), ARITH_DESC, b.location());
            }
        }
    }

    void unary(Rvalue.Unary u) {
        places.loadOperand(u.operand());
        Ty type = u.type();
        if (u.op() == Rvalue.UnOp.NEG && type instanceof Ty.Float f) {
            mv.visitInsn(f.single() ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, "neg", "(JZ)J", false);
        } else if (u.op() == Rvalue.UnOp.NEG) {
            IntKind kind = intKind(type, "unary -");
            if (!kind.signed) throw new IllegalStateException("cannot negate unsigned " + kind.rustName());
            pushInt(mv, kind.bits);
            callArith("negS", NEG_DESC, u.location());
        } else if (type instanceof Ty.Bool) {
            pushLong(mv, 1);
            mv.visitInsn(LXOR);
        } else {
            IntKind kind = intKind(type, "!");
            // For signed kinds ~x stays sign-extended; unsigned ones flip only their own bits.
            pushLong(mv, kind.signed || kind.bits == 64 ? -1L : (1L << kind.bits) - 1);
            mv.visitInsn(LXOR);
        }
    }

    /**
     * {@code operand as target}: between integers, truncate to the target's width, then sign- or
     * zero-extend; to or from a float, Rust's rules in the runtime's {@code Floats}.
     */
    void cast(Rvalue.Cast c) {
        places.loadOperand(c.operand());
        Ty source = c.operand().type();
        if (source instanceof Ty.Float from) {
            mv.visitInsn(from.single() ? ICONST_1 : ICONST_0);
            if (c.target() instanceof Ty.Float to) {
                mv.visitInsn(to.single() ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, "toFloat", "(JZZ)J", false);
            } else {
                IntKind kind = intKind(c.target(), "as");
                pushInt(mv, kind.bits);
                mv.visitInsn(kind.signed ? ICONST_1 : ICONST_0);
                mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, "toInt", "(JZIZ)J", false);
            }
            return;
        }
        if (c.target() instanceof Ty.Float to) {
            boolean unsigned64 = source instanceof Ty.Int i && !i.kind().signed && i.kind().bits == 64;
            mv.visitInsn(unsigned64 ? ICONST_1 : ICONST_0);
            mv.visitInsn(to.single() ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOATS, "fromInt", "(JZZ)J", false);
            return;
        }
        if (c.target() instanceof Ty.Int target) {
            IntKind kind = target.kind();
            if (kind.bits == 64) return;
            if (kind.signed) {
                pushInt(mv, 64 - kind.bits);
                mv.visitInsn(LSHL);
                pushInt(mv, 64 - kind.bits);
                mv.visitInsn(LSHR);
            } else {
                pushLong(mv, (1L << kind.bits) - 1);
                mv.visitInsn(LAND);
            }
        } else if (!(c.target() instanceof Ty.Char || c.target() instanceof Ty.Bool)) {
            throw new IllegalStateException("unsupported cast to " + c.target().display());
        }
        // bool → int and u8 → char keep their value: it is already normalised for the target.
    }

    /**
     * Pushes what a comparison compares: a scalar as one long, a {@code &str} as its two cells.
     * Comparing references compares what they point to, as Rust's {@code PartialEq for &T} does.
     * Returns the type of what was pushed.
     */
    private Ty pushComparable(Operand operand) {
        Ty type = operand.type();
        if (isStr(type)) {
            places.loadStr(operand);
            return type;
        }
        places.loadOperand(operand);
        while (type instanceof Ty.Ref r) {
            if (isStr(r.inner())) {
                places.loadStrAtAddress();
            } else {
                Bytecode.loadCell(mv, JvmLocals.MACHINE);
            }
            type = r.inner();
            if (isStr(type)) break;
        }
        return type;
    }

    private static boolean isStr(Ty type) {
        return type instanceof Ty.Ref r && r.inner() instanceof Ty.Str;
    }

    private void compare(BinOp op, Ty type) {
        boolean ordersUnsigned64 = op != BinOp.EQ && op != BinOp.NE
                && type instanceof Ty.Int i && !i.kind().signed && i.kind().bits == 64;
        if (ordersUnsigned64) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
        } else {
            mv.visitInsn(LCMP);
        }
        booleanFromInt(op);
    }

    /** With a compareTo-style int pushed, pushes the comparison's result as 0L or 1L. */
    private void booleanFromInt(BinOp op) {
        int jumpIfTrue = switch (op) {
            case EQ -> IFEQ;
            case NE -> IFNE;
            case LT -> IFLT;
            case LE -> IFLE;
            case GT -> IFGT;
            case GE -> IFGE;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
        Label isTrue = new Label();
        Label done = new Label();
        mv.visitJumpInsn(jumpIfTrue, isTrue);
        mv.visitInsn(LCONST_0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(isTrue);
        mv.visitInsn(LCONST_1);
        mv.visitLabel(done);
    }

    private void callArith(String name, String descriptor, String location) {
        mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        mv.visitLdcInsn(location == null ? "<unknown>" : location);
        mv.visitMethodInsn(INVOKESTATIC, Bytecode.ARITH, name, descriptor, false);
    }

    private static String arithName(BinOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case REM -> "rem";
            default -> throw new IllegalStateException("not arithmetic: " + op);
        };
    }

    private static IntKind intKind(Ty type, String operator) {
        if (type instanceof Ty.Int i) return i.kind();
        throw new IllegalStateException("operator " + operator + " on " + type.display());
    }
}
