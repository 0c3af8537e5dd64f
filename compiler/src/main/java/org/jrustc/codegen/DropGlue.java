package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Drop glue: one static method per type that needs dropping, {@code drop$T(Machine, long)}, made on
 * demand. A struct's glue calls the user's {@code Drop::drop} with the value's address, then drops
 * the fields that need it in declaration order; an enum's calls its {@code Drop::drop}, then drops
 * the fields of the active variant (read from the tag); a tuple's drops its elements in order; a Box's
 * takes the box pointer, drops the content, then frees its cells.
 *
 * <p>Like rustc's {@code drop_in_place}, the steps keep going when one panics: if step i panics, the
 * glue runs steps i+1.. (a second panic there aborts, in the machine) and rethrows. So the content of
 * a Box is freed, and the other fields dropped, even when a {@code drop} panics.
 */
final class DropGlue implements Opcodes {
    private static final int MACHINE = 0;
    private static final int VALUE = 1;
    private static final int PANIC = 3;

    private final String owner;
    private final JvmNames names;
    private final TraceLayouts trace;
    private final GlueMethods<Ty> methods;

    /** @param trace the trace layouts when the program is traced, else null */
    DropGlue(String owner, JvmNames names, TraceLayouts trace) {
        this.owner = owner;
        this.names = names;
        this.trace = trace;
        this.methods = new GlueMethods<>(names::newGlueName);
    }

    /**
     * With the machine and the value's address pushed (for a Box: the box pointer itself), calls
     * the glue of {@code type}, which must need dropping.
     */
    void emitCall(MethodVisitor mv, Ty type) {
        mv.visitMethodInsn(INVOKESTATIC, owner, methods.nameOf(type), JvmNames.GLUE_DESCRIPTOR, false);
    }

    /** Generates every glue method asked for so far, and those they ask for in turn. */
    void generatePending(ClassVisitor cv) {
        methods.generatePending(cv, this::generate);
    }

    private MethodNode generate(Ty type, String name) {
        if (type instanceof Ty.Array array) return generateArray(array, name);
        MethodNode method = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, JvmNames.GLUE_DESCRIPTOR, null, null);
        List<Consumer<MethodVisitor>> steps = steps(type);
        HandlerRegions regions = new HandlerRegions(method);
        LabelNode[] handlers = new LabelNode[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            handlers[i] = i + 1 < steps.size() ? new LabelNode() : null;
            regions.cover(handlers[i]);
            steps.get(i).accept(method);
        }
        regions.cover(null);
        method.visitInsn(RETURN);
        regions.finish();
        LabelNode cleanupPanicked = new LabelNode();
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i] == null) continue;
            method.instructions.add(handlers[i]);
            method.visitVarInsn(ASTORE, PANIC);
            // The rest of the drop is cleanup code: a panic in it aborts.
            LabelNode restStart = new LabelNode();
            LabelNode restEnd = new LabelNode();
            method.instructions.add(restStart);
            for (int j = i + 1; j < steps.size(); j++) steps.get(j).accept(method);
            method.instructions.add(restEnd);
            method.tryCatchBlocks.add(new org.objectweb.asm.tree.TryCatchBlockNode(restStart, restEnd, cleanupPanicked,
                    Bytecode.PANIC));
            method.visitVarInsn(ALOAD, PANIC);
            method.visitInsn(ATHROW);
        }
        if (handlers.length > 1) abortOnPanic(method, cleanupPanicked);
        method.visitMaxs(0, 0);
        method.visitEnd();
        return method;
    }

    /** The handler of cleanup code in glue: the panic leaving it aborts the program. */
    private static void abortOnPanic(MethodNode method, LabelNode handler) {
        method.instructions.add(handler);
        method.visitInsn(POP);
        method.visitVarInsn(ALOAD, MACHINE);
        Bytecode.callMachine(method, "cleanupPanicked", "()Lorg/jrustc/runtime/Abort;");
        method.visitInsn(ATHROW);
    }

    /**
     * An array's glue drops its elements in order, in a loop. A panicking element is remembered
     * and the loop goes on with the next one (a second panic aborts, in the machine); at the end the
     * first panic is rethrown, as the steps of the other glues do.
     */
    private MethodNode generateArray(Ty.Array array, String name) {
        final int index = PANIC + 1;
        Ty element = array.element();
        int size = Layout.sizeOf(element);
        MethodNode method = new MethodNode(ACC_PRIVATE | ACC_STATIC, name, JvmNames.GLUE_DESCRIPTOR, null, null);
        LabelNode loop = new LabelNode();
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        LabelNode done = new LabelNode();
        LabelNode clean = new LabelNode();
        method.visitInsn(ACONST_NULL);
        method.visitVarInsn(ASTORE, PANIC);
        method.visitInsn(ICONST_0);
        method.visitVarInsn(ISTORE, index);
        method.instructions.add(loop);
        method.visitVarInsn(ILOAD, index);
        pushInt(method, array.length());
        method.instructions.add(new JumpInsnNode(IF_ICMPGE, done));
        method.instructions.add(start);
        method.visitVarInsn(ALOAD, MACHINE);
        if (element instanceof Ty.Boxed) method.visitVarInsn(ALOAD, MACHINE);
        method.visitVarInsn(LLOAD, VALUE);
        method.visitVarInsn(ILOAD, index);
        method.visitInsn(I2L);
        Bytecode.pushLong(method, size);
        method.visitInsn(LMUL);
        method.visitInsn(LADD);
        if (element instanceof Ty.Boxed) Bytecode.callMachine(method, "load", "(J)J");
        emitCall(method, element);
        method.instructions.add(end);
        method.visitIincInsn(index, 1);
        method.instructions.add(new JumpInsnNode(GOTO, loop));
        LabelNode second = new LabelNode();
        method.instructions.add(handler);
        // After one element's drop panicked, the others drop as cleanup code: a second panic aborts.
        method.visitVarInsn(ALOAD, PANIC);
        method.instructions.add(new JumpInsnNode(IFNONNULL, second));
        method.visitVarInsn(ASTORE, PANIC);
        method.visitIincInsn(index, 1);
        method.instructions.add(new JumpInsnNode(GOTO, loop));
        abortOnPanic(method, second);
        method.instructions.add(done);
        method.visitVarInsn(ALOAD, PANIC);
        method.instructions.add(new JumpInsnNode(IFNULL, clean));
        method.visitVarInsn(ALOAD, PANIC);
        method.visitInsn(ATHROW);
        method.instructions.add(clean);
        method.visitInsn(RETURN);
        method.tryCatchBlocks.add(new org.objectweb.asm.tree.TryCatchBlockNode(start, end, handler, Bytecode.PANIC));
        method.visitMaxs(0, 0);
        method.visitEnd();
        return method;
    }

    private List<Consumer<MethodVisitor>> steps(Ty type) {
        List<Consumer<MethodVisitor>> steps = new ArrayList<>();
        if (type instanceof Ty.Adt adt) {
            StructDef def = adt.def();
            if (def.dropFn() != null) steps.add(mv -> userDrop(mv, def.dropFn()));
            for (int i = 0; i < def.fields().size(); i++) {
                Ty field = def.fields().get(i).type();
                int offset = Layout.fieldOffset(def, i);
                if (Layout.needsDrop(field)) steps.add(mv -> dropValueAt(mv, field, offset));
            }
        } else if (type instanceof Ty.Enum e) {
            EnumDef def = e.def();
            if (def.dropFn() != null) steps.add(mv -> userDrop(mv, def.dropFn()));
            if (!def.variants().isEmpty()) steps.add(mv -> dropActiveVariant(mv, def));
        } else if (type instanceof Ty.Tuple tuple) {
            List<Ty> elements = tuple.elements();
            for (int i = 0; i < elements.size(); i++) {
                Ty element = elements.get(i);
                int offset = Layout.tupleOffset(elements, i);
                if (Layout.needsDrop(element)) steps.add(mv -> dropValueAt(mv, element, offset));
            }
        } else if (type instanceof Ty.Boxed box) {
            Ty content = box.inner();
            if (Layout.needsDrop(content)) steps.add(mv -> dropValueAt(mv, content, 0));
            steps.add(mv -> {
                mv.visitVarInsn(ALOAD, MACHINE);
                mv.visitVarInsn(LLOAD, VALUE);
                pushInt(mv, Layout.sizeOf(content));
                Bytecode.callMachine(mv, "free", "(JI)V");
            });
        } else {
            throw new IllegalStateException("no drop glue for " + type.display());
        }
        return steps;
    }

    /** Calls the user's {@code Drop::drop} with the value's address (as {@code &mut self}). */
    private void userDrop(MethodVisitor mv, FnSig userDrop) {
        TraceHooks hooks = new TraceHooks(mv, null, null, trace);
        hooks.call(userDrop);
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, VALUE);
        mv.visitMethodInsn(INVOKESTATIC, owner, names.method(userDrop), JvmNames.descriptor(userDrop), false);
        hooks.event("traceReturned");
    }

    /** Reads the tag and drops the payload of that variant (its fields, in order), if it needs dropping. */
    private void dropActiveVariant(MethodVisitor mv, EnumDef def) {
        int n = def.variants().size();
        Label end = new Label();
        Label[] cases = new Label[n];
        for (int i = 0; i < n; i++) cases[i] = Layout.needsDrop(new Ty.Adt(def.variants().get(i))) ? new Label() : end;
        mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, VALUE);
        Bytecode.callMachine(mv, "load", "(J)J");
        mv.visitInsn(L2I);
        mv.visitTableSwitchInsn(0, n - 1, end, cases);
        for (int i = 0; i < n; i++) {
            if (cases[i] == end) continue;
            mv.visitLabel(cases[i]);
            dropValueAt(mv, new Ty.Adt(def.variants().get(i)), Layout.PAYLOAD_OFFSET);
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(end);
    }

    /** Drops the value of {@code type} at this glue's argument plus {@code offset}. */
    private void dropValueAt(MethodVisitor mv, Ty type, int offset) {
        mv.visitVarInsn(ALOAD, MACHINE);
        if (type instanceof Ty.Boxed) mv.visitVarInsn(ALOAD, MACHINE);
        mv.visitVarInsn(LLOAD, VALUE);
        Bytecode.addToLong(mv, offset);
        if (type instanceof Ty.Boxed) Bytecode.callMachine(mv, "load", "(J)J");
        emitCall(mv, type);
    }
}
