package org.jrustc.codegen;

import org.jrustc.runtime.Machine;
import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Default glue: {@code default$T(Machine, long destination)} writes the default value of a type that
 * has no {@code Default::default} of the user's: zero for numbers, {@code false}, {@code '\0'}; the
 * parts' defaults for tuples, arrays and structs deriving Default (a field whose type has the
 * user's impl gets that called); a new heap block holding the content's default for a Box;
 * {@code None} for an Option.
 */
final class DefaultGlue implements Opcodes {
    static final String DESCRIPTOR = "(" + Bytecode.MACHINE_DESC + "J)V";
    private static final int MACHINE = 0;
    private static final int DESTINATION = 1;

    private final String owner;
    private final JvmNames names;
    private final TraceLayouts trace;
    private final GlueMethods<Ty> methods;

    DefaultGlue(String owner, JvmNames names, TraceLayouts trace) {
        this.owner = owner;
        this.names = names;
        this.trace = trace;
        this.methods = new GlueMethods<>(type -> names.newGlueName(type).replace("drop$", "default$"));
    }

    /** With the machine and the destination address pushed, writes the default {@code type} there. */
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
        FnSig own = type instanceof Ty.Adt a ? a.def().defaultFn() : type instanceof Ty.Enum e ? e.def().defaultFn() : null;
        if (own != null) {
            callUserDefault(mv, own);
        } else if (type instanceof Ty.Int || type instanceof Ty.Float || type instanceof Ty.Bool || type instanceof Ty.Char) {
            store(mv, 0, 0L);
        } else if (type instanceof Ty.Ref r && r.inner() instanceof Ty.Str) {
            store(mv, 0, Machine.STATIC_BASE); // "": no bytes, at the start of the static data
            store(mv, 1, 0L);
        } else if (type instanceof Ty.Boxed box) {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            new TraceHooks(mv, null, null, trace).allocate(box.inner());
            Bytecode.callMachine(mv, "store", "(JJ)V");
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            Bytecode.callMachine(mv, "load", "(J)J");
            emitCall(mv, box.inner());
        } else if (type instanceof Ty.Tuple tuple) {
            for (int i = 0; i < tuple.elements().size(); i++) {
                defaultAt(mv, tuple.elements().get(i), Layout.tupleOffset(tuple.elements(), i));
            }
        } else if (type instanceof Ty.Array array) {
            int size = Layout.sizeOf(array.element());
            for (int i = 0; i < array.length(); i++) defaultAt(mv, array.element(), (long) i * size);
        } else if (type instanceof Ty.Adt adt) {
            StructDef def = adt.def();
            for (int i = 0; i < def.fields().size(); i++) defaultAt(mv, def.fields().get(i).type(), Layout.fieldOffset(def, i));
        } else if (type instanceof Ty.Enum e) {
            EnumDef def = e.def();
            store(mv, 0, def.variantIndex("None")); // the prelude's Option: the type checker allows no other enum here
        } else {
            throw new IllegalStateException("no default glue for " + type.display());
        }
    }

    private void store(MethodVisitor mv, long offset, long value) {
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, DESTINATION);
        Bytecode.addToLong(mv, offset);
        Bytecode.pushLong(mv, value);
        Bytecode.callMachine(mv, "store", "(JJ)V");
    }

    private void defaultAt(MethodVisitor mv, Ty type, long offset) {
        if (Layout.sizeOf(type) == 0) return;
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, DESTINATION);
        Bytecode.addToLong(mv, offset);
        emitCall(mv, type);
    }

    /** {@code destination = Default::default()}: the user's function. */
    private void callUserDefault(MethodVisitor mv, FnSig fn) {
        TraceHooks hooks = new TraceHooks(mv, null, null, trace);
        hooks.call(fn);
        if (JvmNames.returnsViaSret(fn)) {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(fn), JvmNames.descriptor(fn), false);
        } else if (Layout.sizeOf(fn.ret()) == 1) {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitVarInsn(LLOAD, DESTINATION);
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(fn), JvmNames.descriptor(fn), false);
            Bytecode.callMachine(mv, "store", "(JJ)V");
        } else {
            mv.visitVarInsn(ALOAD, MACHINE);
            mv.visitMethodInsn(INVOKESTATIC, owner, names.method(fn), JvmNames.descriptor(fn), false);
        }
        hooks.event("traceReturned");
    }
}
