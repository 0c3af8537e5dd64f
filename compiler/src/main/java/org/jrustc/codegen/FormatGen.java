package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.FMT;
import static org.jrustc.codegen.Bytecode.STRING_BUILDER;

import java.util.List;
import org.jrustc.mir.Constant;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.Operand;
import org.jrustc.runtime.FloatFormat;
import org.jrustc.runtime.Fmt;
import org.jrustc.types.EnumDef;
import org.jrustc.types.IntKind;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
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
    private final DebugGlue debugGlue;
    private int builderSlot;
    /** Literal text not yet appended (consecutive constant parts become one append). */
    private final StringBuilder pending = new StringBuilder();

    /** @param places how to reach the function's places; null in glue code, which only formats at addresses */
    FormatGen(MethodVisitor mv, PlaceAccess places, JvmLocals slots, DebugGlue debugGlue) {
        this.mv = mv;
        this.places = places;
        this.slots = slots;
        this.debugGlue = debugGlue;
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
                if (text != null) pending.append(text);
                else appendOperand(v.value(), new Style(v.debug(), v.pretty() ? "" : null));
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
        if (type instanceof Ty.Float f) return FloatFormat.format(bits, f.single(), v.debug());
        return Long.toString(bits);
    }

    /**
     * How a value is printed: Display or Debug, and for {@code {:#?}} the indentation of the line the
     * value starts on ({@code indent} null: all on one line).
     */
    private record Style(boolean debug, String indent) {
        boolean pretty() { return indent != null; }

        /** The style of the parts of a value printed in this style: one level deeper when pretty. */
        Style inner() { return indent == null ? this : new Style(debug, indent + "    "); }
    }

    private void appendOperand(Operand operand, Style style) {
        Ty type = operand.type();
        int size = Layout.sizeOf(type);
        if (size == 0) {
            pending.append(zeroSized(type, style));
        } else if (isScalar(type)) {
            flushPending();
            mv.visitVarInsn(ALOAD, builderSlot);
            places.loadOperand(operand);
            appendScalar(type, style.debug());
        } else if (size == 1 && isThinPointer(type)) {
            places.loadOperand(operand);
            appendAt(pointee(type), style);
        } else {
            places.pushAddress(operand.place());
            appendAt(type, style);
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
    private void appendAt(Ty type, Style style) {
        if (Layout.sizeOf(type) == 0) {
            mv.visitInsn(POP2);
            pending.append(zeroSized(type, style));
        } else if (isScalar(type)) {
            pushBuilderMachineAndAddress();
            Bytecode.callMachine(mv, "load", "(J)J");
            appendScalar(type, style.debug());
        } else if (type instanceof Ty.Ref r && r.inner() instanceof Ty.Str) {
            pushBuilderMachineAndAddress();
            mv.visitInsn(style.debug() ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, FMT, "str", "(" + SB_DESC + Bytecode.MACHINE_DESC + "JZ)V", false);
        } else if (isThinPointer(type)) {
            Bytecode.loadCell(mv, JvmLocals.MACHINE);
            appendAt(pointee(type), style);
        } else if (type instanceof Ty.Tuple t) {
            appendFieldsAt(List.of(), t.elements(), "(", ")", t.elements().size() == 1, style);
        } else if (type instanceof Ty.Adt adt) {
            appendStructAt(adt.def(), style);
        } else if (type instanceof Ty.Enum e) {
            int address = slots.scratchLong();
            mv.visitVarInsn(LSTORE, address);
            flushPending();
            mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            mv.visitVarInsn(LLOAD, address);
            mv.visitVarInsn(ALOAD, builderSlot);
            if (style.pretty()) Bytecode.pushString(mv, style.indent());
            debugGlue.emitCall(mv, e, style.pretty());
        } else if (type instanceof Ty.Array a) {
            appendArrayAt(a, style);
        } else {
            throw new IllegalStateException("cannot format a value of type " + type.display());
        }
    }

    /**
     * With an enum's address on the stack, appends its active variant to the builder in slot
     * {@code builder}, as derive(Debug) prints it ({@code indent} null: on one line).
     */
    void appendEnumVariants(EnumDef def, int builder, String indent) {
        builderSlot = builder;
        Style style = new Style(true, indent);
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        int n = def.variants().size();
        Label end = new Label();
        Label[] cases = new Label[n];
        for (int i = 0; i < n; i++) cases[i] = new Label();
        if (n > 0) {
            mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            mv.visitVarInsn(LLOAD, address);
            Bytecode.callMachine(mv, "load", "(J)J");
            mv.visitInsn(L2I);
            mv.visitTableSwitchInsn(0, n - 1, end, cases);
        }
        for (int i = 0; i < n; i++) {
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(LLOAD, address);
            Bytecode.addToLong(mv, Layout.PAYLOAD_OFFSET);
            appendStructAt(def.variants().get(i), style);
            flushPending();
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(end);
    }

    /** derive(Debug): {@code Name { x: 1, y: 2 }}, {@code Name(1, 2)}, or just {@code Name}. */
    private void appendStructAt(StructDef def, Style style) {
        List<Ty> types = def.fields().stream().map(StructDef.Field::type).toList();
        if (def.fields().isEmpty()) {
            mv.visitInsn(POP2);
            pending.append(def.name());
        } else if (def.shape() == StructDef.Shape.NAMED) {
            List<String> names = def.fields().stream().map(StructDef.Field::name).toList();
            appendFieldsAt(names, types, def.name() + " {", "}", false, style);
        } else {
            appendFieldsAt(List.of(), types, def.name() + "(", ")", false, style);
        }
    }

    /**
     * The fields of a struct or tuple at the address on top of the stack, laid out one after the
     * other: {@code open a, b close} on one line ({@code { x: 1 }} has spaces inside the braces), or
     * pretty, one field per line, each followed by a comma. {@code names} is empty for tuples; a
     * one-element tuple keeps its comma on one line too.
     */
    private void appendFieldsAt(List<String> names, List<Ty> types, String open, String close, boolean trailingComma,
                                Style style) {
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        boolean braces = open.endsWith("{");
        pending.append(open);
        if (style.pretty() && !types.isEmpty()) pending.append('\n');
        else if (braces) pending.append(' ');
        int offset = 0;
        for (int i = 0; i < types.size(); i++) {
            if (style.pretty()) pending.append(style.inner().indent());
            else if (i > 0) pending.append(", ");
            if (!names.isEmpty()) pending.append(names.get(i)).append(": ");
            mv.visitVarInsn(LLOAD, address);
            Bytecode.addToLong(mv, offset);
            appendAt(types.get(i), style.inner());
            offset += Layout.sizeOf(types.get(i));
            if (style.pretty()) pending.append(",\n");
        }
        if (style.pretty() && !types.isEmpty()) pending.append(style.indent());
        else if (trailingComma) pending.append(',');
        else if (braces) pending.append(' ');
        pending.append(close);
    }

    /** {@code [a, b, c]}: a loop over the elements, so a long array does not make long code. */
    private void appendArrayAt(Ty.Array array, Style style) {
        int address = slots.scratchLong();
        mv.visitVarInsn(LSTORE, address);
        int size = Layout.sizeOf(array.element());
        if (size == 0 || array.length() == 0) {
            pending.append(zeroSized(array, style));
            return;
        }
        pending.append(style.pretty() ? "[\n" : "[");
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
        if (!style.pretty()) {
            mv.visitVarInsn(ILOAD, index);
            mv.visitJumpInsn(IFEQ, first);
            pending.append(", ");
            flushPending();
            mv.visitLabel(first);
        } else {
            pending.append(style.inner().indent());
        }
        mv.visitVarInsn(LLOAD, address);
        mv.visitVarInsn(ILOAD, index);
        mv.visitInsn(I2L);
        Bytecode.pushLong(mv, size);
        mv.visitInsn(LMUL);
        mv.visitInsn(LADD);
        appendAt(array.element(), style.inner());
        if (style.pretty()) pending.append(",\n");
        flushPending();
        mv.visitIincInsn(index, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        if (style.pretty()) pending.append(style.indent());
        pending.append(']');
    }

    /** How a value without cells prints: there is no data to read, so the text is known now. */
    private static String zeroSized(Ty type, Style style) {
        if (type instanceof Ty.Adt adt && adt.def().fields().isEmpty()) return adt.def().name();
        List<Ty> parts;
        String open;
        String close;
        List<String> names = List.of();
        boolean trailingComma = false;
        if (type instanceof Ty.Array array) {
            parts = java.util.Collections.nCopies(array.length(), array.element());
            open = "[";
            close = "]";
        } else if (type instanceof Ty.Tuple tuple) {
            parts = tuple.elements();
            open = "(";
            close = ")";
            trailingComma = parts.size() == 1;
        } else if (type instanceof Ty.Adt adt) {
            parts = adt.def().fields().stream().map(StructDef.Field::type).toList();
            boolean named = adt.def().shape() == StructDef.Shape.NAMED;
            if (named) names = adt.def().fields().stream().map(StructDef.Field::name).toList();
            open = adt.def().name() + (named ? " {" : "(");
            close = named ? "}" : ")";
        } else {
            return "";
        }
        if (parts.isEmpty()) return open + close;
        StringBuilder sb = new StringBuilder(open);
        boolean braces = open.endsWith("{");
        sb.append(style.pretty() ? "\n" : braces ? " " : "");
        for (int i = 0; i < parts.size(); i++) {
            if (style.pretty()) sb.append(style.inner().indent());
            else if (i > 0) sb.append(", ");
            if (!names.isEmpty()) sb.append(names.get(i)).append(": ");
            sb.append(zeroSized(parts.get(i), style.inner()));
            if (style.pretty()) sb.append(",\n");
        }
        if (style.pretty()) sb.append(style.indent());
        else if (trailingComma) sb.append(',');
        else if (braces) sb.append(' ');
        return sb.append(close).toString();
    }

    /** With the builder and a one-cell scalar pushed, appends the scalar as Rust prints it. */
    private void appendScalar(Ty type, boolean debug) {
        if (type instanceof Ty.Bool) {
            mv.visitMethodInsn(INVOKESTATIC, FMT, "bool", "(" + SB_DESC + "J)V", false);
        } else if (type instanceof Ty.Char) {
            String name = debug ? "characterDebug" : "character";
            mv.visitMethodInsn(INVOKESTATIC, FMT, name, "(" + SB_DESC + "J)V", false);
        } else if (type instanceof Ty.Float f) {
            mv.visitInsn(f.single() ? ICONST_1 : ICONST_0);
            mv.visitInsn(debug ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Bytecode.FLOAT_FORMAT, "format", "(JZZ)Ljava/lang/String;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, STRING_BUILDER, "append", "(Ljava/lang/String;)" + SB_DESC, false);
            mv.visitInsn(POP);
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
        return type instanceof Ty.Int || type instanceof Ty.Float || type instanceof Ty.Bool || type instanceof Ty.Char;
    }

    private static boolean isThinPointer(Ty type) {
        return type instanceof Ty.Boxed || (type instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str));
    }

    private static Ty pointee(Ty pointer) {
        return pointer instanceof Ty.Boxed b ? b.inner() : ((Ty.Ref) pointer).inner();
    }
}
