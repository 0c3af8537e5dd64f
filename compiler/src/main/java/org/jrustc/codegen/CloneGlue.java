package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;

import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Clone glue: one static method per type cloned without a clone method of the user's,
 * {@code clone$T(Machine, long source, long destination)}, made on demand like drop glue. A Copy
 * value is copied; a Box gets a new heap block and a clone of its content; a struct or tuple
 * clones its fields in order, an enum its tag and the active variant's fields (a derived Clone);
 * a type with its own {@code impl Clone} calls it. A method rather than inline code, because a type
 * may contain itself through a Box ({@code List::Cons(i32, Box<List>)}).
 */
final class CloneGlue implements Opcodes {
    static final String DESCRIPTOR = "(" + Bytecode.MACHINE_DESC + "JJ)V";
    private static final int MACHINE = 0;
    private static final int SOURCE = 1;
    private static final int DESTINATION = 3;

    private final String owner;
    private final JvmNames names;
    private final TraceLayouts trace;
    private final GlueMethods<Ty> methods;

    CloneGlue(String owner, JvmNames names, TraceLayouts trace) {
        this.owner = owner;
        this.names = names;
        this.trace = trace;
        this.methods = new GlueMethods<>(type -> names.newGlueName(type).replace("drop$", "clone$"));
    }

    /** With the machine, the source address and the destination address pushed, clones a {@code type}. */
    void emitCall(MethodVisitor mv, Ty type) {
        mv.visitMethodInsn(INVOKESTATIC, owner, methods.nameOf(type), DESCRIPTOR, false);
    }

    void generatePending(ClassVisitor cv) {
        methods.generatePending(cv, (type, name) -> {
            MethodNode method = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, DESCRIPTOR, null, null);
            body(method, type);
            method.visitInsn(RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
            return method;
        });
    }

    private void body(MethodVisitor mv, Ty type) {
        FnSig userClone = type instanceof Ty.Adt a ? a.def().cloneFn() : type instanceof Ty.Enum e ? e.def().cloneFn() : null;
        if (userClone != null) {
            callUserClone(mv, userClone);
        } else if (type.isCopy()) {
            int size = Layout.sizeOf(type);
            if (size == 0) return;
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, SOURCE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            pushInt(mv, size);
            Bytecode.callMachine(mv, "copy", "(JJI)V");
        } else if (type instanceof Ty.Boxed box) {
            cloneBox(mv, box.inner());
        } else if (type instanceof Ty.Adt adt) {
            cloneFields(mv, adt.def(), 0);
        } else if (type instanceof Ty.Enum e) {
            cloneVariant(mv, e.def());
        } else if (type instanceof Ty.Tuple tuple) {
            for (int i = 0; i < tuple.elements().size(); i++) {
                cloneAt(mv, tuple.elements().get(i), Layout.tupleOffset(tuple.elements(), i));
            }
        } else if (type instanceof Ty.Array array) {
            int size = Layout.sizeOf(array.element());
            for (int i = 0; i < array.length(); i++) cloneAt(mv, array.element(), (long) i * size);
        } else {
            throw new IllegalStateException("no clone glue for " + type.display());
        }
    }

    /** A new heap block for the content, its address in the destination, then the content cloned into it. */
    private void cloneBox(MethodVisitor mv, Ty content) {
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, DESTINATION);
        new TraceHooks(mv, null, null, trace).allocate(content);
        Bytecode.callMachine(mv, "store", "(JJ)V");
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, SOURCE);
        Bytecode.callMachine(mv, "load", "(J)J");
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, DESTINATION);
        Bytecode.callMachine(mv, "load", "(J)J");
        emitCall(mv, content);
    }

    private void cloneFields(MethodVisitor mv, StructDef def, long base) {
        for (int i = 0; i < def.fields().size(); i++) cloneAt(mv, def.fields().get(i).type(), base + Layout.fieldOffset(def, i));
    }

    /** The tag, then the fields of the variant it names. */
    private void cloneVariant(MethodVisitor mv, EnumDef def) {
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, DESTINATION);
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, SOURCE);
        Bytecode.callMachine(mv, "load", "(J)J");
        Bytecode.callMachine(mv, "store", "(JJ)V");
        int n = def.variants().size();
        if (n == 0) return;
        Label end = new Label();
        Label[] cases = new Label[n];
        for (int i = 0; i < n; i++) cases[i] = new Label();
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, SOURCE);
        Bytecode.callMachine(mv, "load", "(J)J");
        mv.visitInsn(L2I);
        mv.visitTableSwitchInsn(0, n - 1, end, cases);
        for (int i = 0; i < n; i++) {
            mv.visitLabel(cases[i]);
            cloneFields(mv, def.variants().get(i), Layout.PAYLOAD_OFFSET);
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(end);
    }

    /** Clones the {@code type} value {@code offset} cells into the source into the same place of the destination. */
    private void cloneAt(MethodVisitor mv, Ty type, long offset) {
        if (Layout.sizeOf(type) == 0) return;
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, SOURCE);
        Bytecode.addToLong(mv, offset);
        mv.visitVarInsn(LLOAD, DESTINATION);
        Bytecode.addToLong(mv, offset);
        emitCall(mv, type);
    }

    /** {@code destination = Clone::clone(&source)}: the user's method, with the source's address as {@code &self}. */
    private void callUserClone(MethodVisitor mv, FnSig clone) {
        TraceHooks hooks = new TraceHooks(mv, null, null, trace);
        hooks.call(clone);
        if (JvmNames.returnsViaSret(clone)) {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            mv.visitVarInsn(LLOAD, SOURCE);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(clone), JvmNames.descriptor(clone), false);
        } else if (Layout.sizeOf(clone.ret()) == 1) {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, SOURCE);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(clone), JvmNames.descriptor(clone), false);
            Bytecode.callMachine(mv, "store", "(JJ)V");
        } else {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, SOURCE);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(clone), JvmNames.descriptor(clone), false);
        }
        hooks.event("traceReturned");
    }
}
