package org.jrustc.codegen;

import org.jrustc.runtime.Arith;
import org.jrustc.runtime.Fmt;
import org.jrustc.runtime.Launcher;
import org.jrustc.runtime.Machine;
import org.jrustc.runtime.Panic;
import org.jrustc.runtime.RustProgram;
import org.jrustc.runtime.Strings;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** The vocabulary generated code is written in: runtime class names, constants, and calls into the machine. */
final class Bytecode implements Opcodes {
    private Bytecode() {}

    static final String MACHINE = Type.getInternalName(Machine.class);
    static final String MACHINE_DESC = "L" + MACHINE + ";";
    static final String PANIC = Type.getInternalName(Panic.class);
    static final String ARITH = Type.getInternalName(Arith.class);
    static final String FMT = Type.getInternalName(Fmt.class);
    static final String LAUNCHER = Type.getInternalName(Launcher.class);
    static final String RUST_PROGRAM = Type.getInternalName(RustProgram.class);
    static final String STRINGS = Type.getInternalName(Strings.class);
    static final String INT_METHODS = Type.getInternalName(org.jrustc.runtime.IntMethods.class);
    static final String FLOATS = Type.getInternalName(org.jrustc.runtime.Floats.class);
    static final String FLOAT_FORMAT = Type.getInternalName(org.jrustc.runtime.FloatFormat.class);
    static final String FLOAT_METHODS = Type.getInternalName(org.jrustc.runtime.FloatMethods.class);
    static final String CHAR_METHODS = Type.getInternalName(org.jrustc.runtime.CharMethods.class);
    static final String STRING_BUILDER = "java/lang/StringBuilder";

    static void pushInt(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    static void pushLong(MethodVisitor mv, long value) {
        if (value == 0 || value == 1) {
            mv.visitInsn(LCONST_0 + (int) value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Chars per string constant: a class file holds at most 65535 bytes of modified UTF-8 per constant. */
    private static final int STRING_CHUNK = 16_000;

    /** Pushes a string of any length, as string constants joined with {@code String.concat} when it is long. */
    static void pushString(MethodVisitor mv, String value) {
        mv.visitLdcInsn(value.substring(0, Math.min(value.length(), STRING_CHUNK)));
        for (int i = STRING_CHUNK; i < value.length(); i += STRING_CHUNK) {
            mv.visitLdcInsn(value.substring(i, Math.min(value.length(), i + STRING_CHUNK)));
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
        }
    }

    /** Calls {@code Machine.name} on the machine and arguments already pushed. */
    static void callMachine(MethodVisitor mv, String name, String descriptor) {
        mv.visitMethodInsn(INVOKEVIRTUAL, MACHINE, name, descriptor, false);
    }

    /** With a long on top of the stack, pushes the machine under it (for {@code load}/{@code store} on it). */
    static void machineUnderLong(MethodVisitor mv, int machineSlot) {
        mv.visitVarInsn(ALOAD, machineSlot);
        mv.visitInsn(DUP_X2);
        mv.visitInsn(POP);
    }

    /** {@code machine.load(address)} with the address on top of the stack. */
    static void loadCell(MethodVisitor mv, int machineSlot) {
        machineUnderLong(mv, machineSlot);
        callMachine(mv, "load", "(J)J");
    }

    /** Adds a constant to the long on top of the stack. */
    static void addToLong(MethodVisitor mv, long delta) {
        if (delta != 0) {
            pushLong(mv, delta);
            mv.visitInsn(LADD);
        }
    }
}
