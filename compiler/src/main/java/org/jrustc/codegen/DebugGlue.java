package org.jrustc.codegen;

import org.jrustc.types.EnumDef;
import org.jrustc.types.Ty;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Derived Debug for enums: one static method per enum type and style, made on demand, that reads
 * the tag and prints the active variant as a struct of that name ({@code Cons(1, Nil)}). A method,
 * not inline code as for structs, because an enum may contain itself through a Box.
 *
 * <p>{@code {:#?}} output is printed at indentation zero and then indented line by line by the
 * caller's indentation, as Rust's own pretty printer (its {@code PadAdapter}) does.
 */
final class DebugGlue implements Opcodes {
    /** {@code (Machine, long address, StringBuilder)}, plus the indentation String when pretty. */
    static final String DESCRIPTOR = "(" + Bytecode.MACHINE_DESC + "JL" + Bytecode.STRING_BUILDER + ";)V";
    static final String PRETTY_DESCRIPTOR = "(" + Bytecode.MACHINE_DESC + "JL" + Bytecode.STRING_BUILDER
            + ";Ljava/lang/String;)V";
    private static final int ADDRESS = 1;
    private static final int BUILDER = 3;
    private static final int INDENT = 4;

    private record Key(Ty.Enum type, boolean pretty) {}

    private final String owner;
    private final GlueMethods<Key> methods;

    DebugGlue(String owner, JvmNames names) {
        this.owner = owner;
        this.methods = new GlueMethods<>(key -> names.newGlueName(key.type()).replace("drop$",
                key.pretty() ? "debugPretty$" : "debug$"));
    }

    /**
     * With the machine, the enum's address and the builder pushed (and for {@code pretty}, the
     * indentation of the line the value starts on), appends the value's Debug text.
     */
    void emitCall(MethodVisitor mv, Ty.Enum type, boolean pretty) {
        mv.visitMethodInsn(INVOKESTATIC, owner, methods.nameOf(new Key(type, pretty)), pretty ? PRETTY_DESCRIPTOR : DESCRIPTOR,
                false);
    }

    /** Generates every method asked for so far, and those they ask for in turn. */
    void generatePending(ClassVisitor cv) {
        methods.generatePending(cv, this::generate);
    }

    private MethodNode generate(Key key, String name) {
        MethodNode method = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, key.pretty() ? PRETTY_DESCRIPTOR : DESCRIPTOR,
                null, null);
        EnumDef def = key.type().def();
        if (!key.pretty()) {
            FormatGen format = new FormatGen(method, null, JvmLocals.scratchFrom(INDENT), this);
            method.visitVarInsn(LLOAD, ADDRESS);
            format.appendEnumVariants(def, BUILDER, null);
        } else {
            int inner = INDENT + 1;
            method.visitTypeInsn(NEW, Bytecode.STRING_BUILDER);
            method.visitInsn(DUP);
            method.visitMethodInsn(INVOKESPECIAL, Bytecode.STRING_BUILDER, "<init>", "()V", false);
            method.visitVarInsn(ASTORE, inner);
            FormatGen format = new FormatGen(method, null, JvmLocals.scratchFrom(inner + 1), this);
            method.visitVarInsn(LLOAD, ADDRESS);
            format.appendEnumVariants(def, inner, "");
            method.visitVarInsn(ALOAD, BUILDER);
            method.visitVarInsn(ALOAD, inner);
            method.visitMethodInsn(INVOKEVIRTUAL, Bytecode.STRING_BUILDER, "toString", "()Ljava/lang/String;", false);
            method.visitVarInsn(ALOAD, INDENT);
            method.visitMethodInsn(INVOKESTATIC, Bytecode.FMT, "indentLines",
                    "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;", false);
            method.visitMethodInsn(INVOKEVIRTUAL, Bytecode.STRING_BUILDER, "append",
                    "(Ljava/lang/String;)L" + Bytecode.STRING_BUILDER + ";", false);
            method.visitInsn(POP);
        }
        method.visitInsn(RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        return method;
    }
}
