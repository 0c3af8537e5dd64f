package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;

import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The calls one traced method makes to the machine's {@code trace…} methods (docs/TRACE.md). When
 * tracing is off ({@code layouts} null) every method but {@link #allocate} emits nothing, and that one
 * the plain {@code alloc}, so the generated code is exactly what it is without the trace.
 */
final class TraceHooks implements Opcodes {
    private final MethodVisitor mv;
    private final JvmLocals slots;
    private final PlaceAccess places;
    private final TraceLayouts layouts;

    /**
     * @param slots  and {@code places}: the function's, or null in drop glue, which only reports calls
     * @param layouts null when tracing is off
     */
    TraceHooks(MethodVisitor mv, JvmLocals slots, PlaceAccess places, TraceLayouts layouts) {
        this.mv = mv;
        this.slots = slots;
        this.places = places;
        this.layouts = layouts;
    }

    private boolean off() { return layouts == null; }

    /** After the prologue: the frame belongs to {@code sig} and holds its parameters. */
    void enter(FnSig sig) {
        if (off()) return;
        machine();
        pushInt(mv, layouts.functionId(sig));
        mv.visitVarInsn(ILOAD, slots.fpSlot);
        Bytecode.callMachine(mv, "traceEnter", "(II)V");
    }

    /** Just before calling {@code callee}. */
    void call(FnSig callee) {
        if (off()) return;
        machine();
        pushInt(mv, layouts.functionId(callee));
        Bytecode.callMachine(mv, "traceCall", "(I)V");
    }

    /**
     * At the {@code Returning} marker. A result of more than one cell is already in the caller's
     * cells at {@code sret}: they hold a value from now on.
     */
    void returning(FnSig sig, int sretSlot) {
        if (off()) return;
        if (sretSlot >= 0) {
            machine();
            mv.visitVarInsn(LLOAD, sretSlot);
            pushInt(mv, Layout.sizeOf(sig.ret()));
            Bytecode.callMachine(mv, "traceInitAt", "(JI)V");
        }
        event("traceReturning");
    }

    /** {@code traceLeave}, {@code traceUnwind} or {@code traceReturned}. */
    void event(String method) {
        if (off()) return;
        machine();
        Bytecode.callMachine(mv, method, "()V");
    }

    /**
     * The cells of {@code place} now hold a value or none: cells at a fixed place in this frame, or
     * cells whose address is computed (reached through a pointer, an array element). Other places
     * (scalars in JVM locals) have no cells.
     */
    void initialised(Place place, boolean value) {
        cells(place, 0, Layout.sizeOf(place.type()), value);
    }

    /**
     * An enum became variant {@code variant}: its tag and that variant's payload hold values, the
     * rest of its cells (room for larger variants) none.
     */
    void variantSet(Place place, int variant) {
        initialised(place, false);
        cells(place, 0, 1, true);
        initialised(place.downcast(variant), true);
    }

    /** Marks {@code size} cells from {@code skip} cells into {@code place} as holding a value or not. */
    private void cells(Place place, int skip, int size, boolean value) {
        if (off() || size == 0) return;
        int offset = places.frameOffset(place);
        if (offset >= 0) {
            machine();
            mv.visitVarInsn(ILOAD, slots.fpSlot);
            pushInt(mv, offset + skip);
            mv.visitInsn(IADD);
            pushInt(mv, size);
            Bytecode.callMachine(mv, value ? "traceInit" : "traceUninit", "(II)V");
        } else if (places.hasAddress(place)) {
            machine();
            places.pushAddress(place);
            Bytecode.addToLong(mv, skip);
            pushInt(mv, size);
            Bytecode.callMachine(mv, value ? "traceInitAt" : "traceUninitAt", "(JI)V");
        }
    }

    /**
     * {@code destination = source} for a value that may have cells without a value (an enum's room
     * for larger variants): the destination's cells get the source's states. Others are simply
     * initialised.
     */
    void copied(Place source, Place destination) {
        if (off()) return;
        int size = Layout.sizeOf(destination.type());
        if (size <= 1 || !containsEnum(destination.type()) || !places.hasAddress(source) || !places.hasAddress(destination)) {
            initialised(destination, true);
            return;
        }
        machine();
        places.pushAddress(source);
        places.pushAddress(destination);
        pushInt(mv, size);
        Bytecode.callMachine(mv, "traceCopyInit", "(JJI)V");
    }

    private static boolean containsEnum(Ty t) {
        if (t instanceof Ty.Enum) return true;
        if (t instanceof Ty.Adt a) return a.def().fields().stream().anyMatch(f -> containsEnum(f.type()));
        if (t instanceof Ty.Tuple tuple) return tuple.elements().stream().anyMatch(TraceHooks::containsEnum);
        if (t instanceof Ty.Array a) return containsEnum(a.element());
        return false;
    }

    /** A moved operand leaves its frame cells without a value. */
    void movedOut(Operand operand) {
        if (operand instanceof Operand.Move m) initialised(m.place(), false);
    }

    /** Pushes the address of a new heap block for a {@code content}: {@code alloc}, traced or not. */
    void allocate(Ty content) {
        machine();
        pushInt(mv, Layout.sizeOf(content));
        if (off()) {
            Bytecode.callMachine(mv, "alloc", "(I)J");
        } else {
            pushInt(mv, layouts.blockId(content));
            Bytecode.callMachine(mv, "allocTraced", "(II)J");
        }
    }

    private void machine() { mv.visitVarInsn(ALOAD, JvmLocals.MACHINE); }
}
