package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.FMT;
import static org.jrustc.codegen.Bytecode.STRING_BUILDER;

import java.util.List;
import org.jrustc.mir.Constant;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.Operand;
import org.jrustc.runtime.Fmt;
import org.jrustc.types.IntKind;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Builds the text of a print or panic: literal text and constants are formatted at compile time;
 * other values are appended to a StringBuilder with Rust's {@code Display} or {@code Debug} rules for
 * their type. References and boxes print their referent; tuples and {@code ()} print as Debug does.
 */
final class FormatGen implements Opcodes {
    private static final String SB_DESC = "L" + STRING_BUILDER + ";";

    private final MethodVisitor mv;
    private final PlaceAccess places;
    private final JvmLocals slots;
    private int builderSlot;
    /** Literal text not yet appended (consecutive constant parts become one append). */
    private final StringBuilder pending = new StringBuilder();

    FormatGen(MethodVisitor mv, PlaceAccess places, JvmLocals slots) {
        this.mv = mv;
        this.places = places;
        this.slots = slots;
    }

    /** Pushes the String that {@code parts} followed by {@code suffix} format to. */
    void pushText(List<FmtPart> parts, String suffix) {
        String constant = constantText(parts);
        if (constant != null) {
            Bytecode.pushString(mv, constant + suffix);
            return;
        }
        builderSlot = slots.scratchRef();
        mv.visitTypeInsn(NEW, STRING_BUILDER);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, STRING_BUILDER, "<init>", "()V", false);
        mv.visitVarInsn(ASTORE, builderSlot);
        for (FmtPart part : parts) {
            if (part instanceof FmtPart.Text t) {
                pending.append(t.text());
            } else {
                FmtPart.Value v = (FmtPart.Value) part;
                String text = constantValue(v);
                if (text != null) pending.append(text); else appendOperand(v.value(), v.debug());
            }
        }
        pending.append(suffix);
        flushPending();
        mv.visitVarInsn(ALOAD, builderSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, STRING_BUILDER, "toString", "()Ljava/lang/String;", false);
    }

    /** The whole text when every part is known at compile time, else null. */
    private static String constantText(List<FmtPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (FmtPart part : parts) {
            if (part instanceof FmtPart.Text t) {
                sb.append(t.text());
            } else {
                String text = constantValue((FmtPart.Value) part);
                if (text == null) return null;
                sb.append(text);
            }
        }
        return sb.toString();
    }

    private static String constantValue(FmtPart.Value v) {
        if (!(v.value() instanceof Operand.Const c)) return null;
        Constant value = c.value();
        if (value instanceof Constant.Str s) return v.debug() ? Fmt.debugStr(s.value()) : s.value();
        if (value instanceof Constant.Unit) return "()";
        Constant.Scalar scalar = (Constant.Scalar) value;
        long bits = PlaceAccess.normalised(scalar.bits(), scalar.type());
        Ty type = scalar.type();
        if (type instanceof Ty.Bool) return bits != 0 ? "true" : "false";
        if (type instanceof Ty.Char) {
            return v.debug() ? Fmt.debugChar((int) bits) : new String(Character.toChars((int) bits));
        }
        if (type instanceof Ty.Int i && !i.kind().signed) return Long.toUnsignedString(bits);
        return Long.toString(bits);
    }

    private void appendOperand(Operand operand, boolean debug) {
        Ty type = operand.type();
        int size = Layout.sizeOf(type);
        if (size == 0) {
            pending.append(zeroSizedDebug(type));
        } else if (isScalar(type)) {
            flushPending();
            mv.visitVarInsn(ALOAD, builderSlot);
            places.loadOperand(operand);
            appendScalar(type, debug);
        } else if (size == 1 && isThinPointer(type)) {
            places.loadOperand(operand);
            appendAt(pointee(type), debug);
        } else {
            places.pushAddress(operand.place());
            appendAt(type, debug);
        }
    }

    /** Turns [address] on the operand stack into [builder, machine, address], flushing pending text first. */
    private void pushBuilderMachineAndAddress() {
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        flushPending();
        mv.visitVarInsn(ALOAD, builderSlot);
        mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        mv.visitVarInsn(LLOAD, address);
    }

    /** Appends the value of type {@code type} stored at the address on top of the stack. */
    private void appendAt(Ty type, boolean debug) {
        if (isScalar(type)) {
            pushBuilderMachineAndAddress();
            Bytecode.callMachine(mv, "load", "(J)J");
            appendScalar(type, debug);
        } else if (type instanceof Ty.Ref r && r.inner() instanceof Ty.Str) {
            pushBuilderMachineAndAddress();
            mv.visitInsn(debug ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, FMT, "str", "(" + SB_DESC + Bytecode.MACHINE_DESC + "JZ)V", false);
        } else if (isThinPointer(type)) {
            Bytecode.loadCell(mv, JvmLocals.MACHINE);
            appendAt(pointee(type), debug);
        } else if (type instanceof Ty.Tuple t) {
            appendTupleAt(t, debug);
        } else if (type instanceof Ty.Array a) {
            appendArrayAt(a, debug);
        } else {
            throw new IllegalStateException("cannot format a value of type " + type.display());
        }
    }

    private void appendTupleAt(Ty.Tuple tuple, boolean debug) {
        List<Ty> elements = tuple.elements();
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        pending.append('(');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) pending.append(", ");
            Ty element = elements.get(i);
            if (Layout.sizeOf(element) == 0) {
                pending.append(zeroSizedDebug(element));
            } else {
                mv.visitVarInsn(LLOAD, address);
                Bytecode.addToLong(mv, Layout.tupleOffset(elements, i));
                appendAt(element, debug);
            }
        }
        pending.append(elements.size() == 1 ? ",)" : ")");
    }

    /** {@code [a, b, c]}: a loop over the elements, so a long array does not make long code. */
    private void appendArrayAt(Ty.Array array, boolean debug) {
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        int size = Layout.sizeOf(array.element());
        if (size == 0) {
            pending.append(zeroSizedDebug(array));
            return;
        }
        pending.append('[');
        flushPending();
        int index = slots.scratchInt();
        Label loop = new Label();
        Label first = new Label();
        Label done = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, index);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, index);
        Bytecode.pushInt(mv, array.length());
        mv.visitJumpInsn(IF_ICMPGE, done);
        mv.visitVarInsn(ILOAD, index);
        mv.visitJumpInsn(IFEQ, first);
        pending.append(", ");
        flushPending();
        mv.visitLabel(first);
        mv.visitVarInsn(LLOAD, address);
        mv.visitVarInsn(ILOAD, index);
        mv.visitInsn(I2L);
        Bytecode.pushLong(mv, size);
        mv.visitInsn(LMUL);
        mv.visitInsn(LADD);
        appendAt(array.element(), debug);
        flushPending();
        mv.visitIincInsn(index, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        pending.append(']');
    }

    /** How a value without cells prints: {@code ()} and tuples of such values have no data to read. */
    private static String zeroSizedDebug(Ty type) {
        if (type instanceof Ty.Array array) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < array.length(); i++) sb.append(i > 0 ? ", " : "").append(zeroSizedDebug(array.element()));
            return sb.append(']').toString();
        }
        if (!(type instanceof Ty.Tuple tuple)) return "";
        if (tuple.elements().isEmpty()) return "()";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < tuple.elements().size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(zeroSizedDebug(tuple.elements().get(i)));
        }
        return sb.append(tuple.elements().size() == 1 ? ",)" : ")").toString();
    }

    /** With the builder and a one-cell scalar pushed, appends the scalar as Rust prints it. */
    private void appendScalar(Ty type, boolean debug) {
        if (type instanceof Ty.Bool) {
            mv.visitMethodInsn(INVOKESTATIC, FMT, "bool", "(" + SB_DESC + "J)V", false);
        } else if (type instanceof Ty.Char) {
            String name = debug ? "characterDebug" : "character";
            mv.visitMethodInsn(INVOKESTATIC, FMT, name, "(" + SB_DESC + "J)V", false);
        } else {
            IntKind kind = ((Ty.Int) type).kind();
            if (!kind.signed && kind.bits == 64) {
                mv.visitMethodInsn(INVOKESTATIC, FMT, "unsigned64", "(" + SB_DESC + "J)V", false);
            } else {
                mv.visitMethodInsn(INVOKEVIRTUAL, STRING_BUILDER, "append", "(J)" + SB_DESC, false);
                mv.visitInsn(POP);
            }
        }
    }

    private void flushPending() {
        if (pending.isEmpty()) return;
        mv.visitVarInsn(ALOAD, builderSlot);
        Bytecode.pushString(mv, pending.toString());
        mv.visitMethodInsn(INVOKEVIRTUAL, STRING_BUILDER, "append", "(Ljava/lang/String;)" + SB_DESC, false);
        mv.visitInsn(POP);
        pending.setLength(0);
    }

    private static boolean isScalar(Ty type) {
        return type instanceof Ty.Int || type instanceof Ty.Bool || type instanceof Ty.Char;
    }

    private static boolean isThinPointer(Ty type) {
        return type instanceof Ty.Boxed || (type instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str));
    }

    private static Ty pointee(Ty pointer) {
        return pointer instanceof Ty.Boxed b ? b.inner() : ((Ty.Ref) pointer).inner();
    }
}
