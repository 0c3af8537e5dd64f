package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;
import static org.jrustc.codegen.Bytecode.pushLong;

import org.jrustc.mir.Constant;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.runtime.Arith;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads and writes MIR places and operands in one generated function. A place of the function's own
 * frame is {@code stack[fp + offset]}, indexed directly; a place reached through a pointer is an
 * address that the machine checks on every access; a scalar temporary not in memory is a JVM local.
 * Places of zero cells generate no code at all.
 */
final class PlaceAccess implements Opcodes {

    /** Where a place is, once the code computing its dynamic part has run. */
    private sealed interface Location {}

    /** {@code stack[fp + offset]}. */
    private record InFrame(int offset) implements Location {}

    /** The address on top of the operand stack, plus {@code offset}. */
    private record AtAddress(int offset) implements Location {}

    /** The value itself is this JVM long slot. */
    private record InJvmLocal(int slot) implements Location {}

    private final MethodVisitor mv;
    private final MirBody body;
    private final JvmLocals slots;
    private final StaticData staticData;

    PlaceAccess(MethodVisitor mv, MirBody body, JvmLocals slots, StaticData staticData) {
        this.mv = mv;
        this.body = body;
        this.slots = slots;
        this.staticData = staticData;
    }

    /** Pushes the one-cell value of an operand (nothing for a zero-cell one). */
    void loadOperand(Operand operand) {
        if (operand instanceof Operand.Const c) {
            pushConstant(c.value());
        } else {
            loadValue(operand.place());
        }
    }

    private void pushConstant(Constant constant) {
        if (constant instanceof Constant.Scalar s) {
            pushLong(mv, normalised(s.bits(), s.type()));
        } else if (constant instanceof Constant.Str) {
            throw new IllegalStateException("a &str constant is two cells; it may only be assigned to a place");
        }
    }

    /** Constant bits as the machine keeps them: sign- or zero-extended from the type's width. */
    static long normalised(long bits, Ty type) {
        return type instanceof Ty.Int i ? Arith.wrap(bits, i.kind().bits, i.kind().signed) : bits;
    }

    /** Pushes the value of a one-cell place (nothing for a zero-cell one). */
    void loadValue(Place place) {
        int size = Layout.sizeOf(place.type());
        if (size == 0) return;
        requireOneCell(place, size);
        loadCell(locate(place));
    }

    /** True when the place is in memory: its local has cells, or it is reached through a pointer. */
    boolean hasAddress(Place place) {
        return place.hasDeref() || (place.local() == 0 && slots.sretSlot >= 0) || slots.valueSlot[place.local()] < 0;
    }

    /** Pushes the address (a long) of a place in memory. */
    void pushAddress(Place place) {
        Location loc = locate(place);
        if (loc instanceof InFrame f) {
            pushFrameAddress(f.offset());
        } else if (loc instanceof AtAddress a) {
            Bytecode.addToLong(mv, a.offset());
        } else {
            throw new IllegalStateException("the address of _" + place.local() + " is taken but it is not in memory");
        }
    }

    /** Pushes the tag (the active variant's index) of the enum at {@code place}: its first cell. */
    void loadTag(Place place) {
        loadCell(locate(place));
    }

    /** Makes {@code variant} the active variant of the enum at {@code place}: writes its tag cell. */
    void storeTag(Place place, int variant) {
        storeCell(locate(place), () -> pushLong(mv, variant));
    }

    /** Stores into a one-cell place the value that {@code value} pushes (nothing happens for zero cells). */
    void storeValue(Place place, Runnable value) {
        int size = Layout.sizeOf(place.type());
        if (size == 0) return;
        requireOneCell(place, size);
        storeCell(locate(place), value);
    }

    private void storeCell(Location loc, Runnable value) {
        if (loc instanceof InFrame f) {
            frameIndex(f.offset());
            value.run();
            mv.visitInsn(LASTORE);
        } else if (loc instanceof AtAddress a) {
            Bytecode.addToLong(mv, a.offset());
            Bytecode.machineUnderLong(mv, JvmLocals.MACHINE);
            value.run();
            Bytecode.callMachine(mv, "store", "(JJ)V");
        } else {
            value.run();
            mv.visitVarInsn(LSTORE, ((InJvmLocal) loc).slot());
        }
    }

    /** Copies the cells of {@code source} to {@code destination} (same type). */
    void copy(Place source, Place destination) {
        int size = Layout.sizeOf(destination.type());
        if (size == 0) return;
        if (size == 1) {
            storeValue(destination, () -> loadValue(source));
            return;
        }
        mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        pushAddress(source);
        pushAddress(destination);
        pushInt(mv, size);
        Bytecode.callMachine(mv, "copy", "(JJI)V");
    }

    /** Pushes the two cells of a {@code &str} operand: its address, then its byte length. */
    void loadStr(Operand operand) {
        if (operand instanceof Operand.Const c && c.value() instanceof Constant.Str s) {
            pushLong(mv, staticData.address(s.value()));
            pushLong(mv, StaticData.byteLength(s.value()));
            return;
        }
        Location loc = locate(operand.place());
        if (loc instanceof InFrame f) {
            loadCell(f);
            loadCell(new InFrame(f.offset() + 1));
        } else if (loc instanceof AtAddress a) {
            Bytecode.addToLong(mv, a.offset());
            loadStrAtAddress();
        } else {
            throw new IllegalStateException("a &str local must be in memory");
        }
    }

    /** With the address of a {@code &str}'s cells on the stack, replaces it by those two cells. */
    void loadStrAtAddress() {
        int base = slots.scratchLong();
        mv.visitVarInsn(LSTORE, base);
        for (int i = 0; i < 2; i++) {
            mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            mv.visitVarInsn(LLOAD, base);
            Bytecode.addToLong(mv, i);
            Bytecode.callMachine(mv, "load", "(J)J");
        }
    }

    /** Stores a string literal's two cells (address, byte length) into a {@code &str} place. */
    void storeStr(Place destination, String literal) {
        long address = staticData.address(literal);
        long length = StaticData.byteLength(literal);
        Location loc = locate(destination);
        if (loc instanceof InFrame f) {
            storeFrameCell(f.offset(), address);
            storeFrameCell(f.offset() + 1, length);
        } else if (loc instanceof AtAddress a) {
            int base = slots.scratchLong();
            Bytecode.addToLong(mv, a.offset());
            mv.visitVarInsn(LSTORE, base);
            storeAt(base, 0, address);
            storeAt(base, 1, length);
        } else {
            throw new IllegalStateException("a &str local must be in memory");
        }
    }

    private void storeFrameCell(int offset, long value) {
        frameIndex(offset);
        pushLong(mv, value);
        mv.visitInsn(LASTORE);
    }

    private void storeAt(int baseSlot, int offset, long value) {
        mv.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        mv.visitVarInsn(LLOAD, baseSlot);
        Bytecode.addToLong(mv, offset);
        pushLong(mv, value);
        Bytecode.callMachine(mv, "store", "(JJ)V");
    }

    /**
     * Emits the code that finds a place: its local, then each projection in turn (a field adds its
     * offset, a deref loads the pointer found so far).
     */
    private Location locate(Place place) {
        Local local = body.locals().get(place.local());
        Location loc;
        if (local.index() == 0 && slots.sretSlot >= 0) {
            mv.visitVarInsn(LLOAD, slots.sretSlot);
            loc = new AtAddress(0);
        } else if (slots.valueSlot[local.index()] >= 0) {
            loc = new InJvmLocal(slots.valueSlot[local.index()]);
        } else if (local.inMemory()) {
            loc = new InFrame(local.frameOffset());
        } else if (Layout.sizeOf(local.type()) == 0) {
            loc = new InFrame(0); // no cell is ever read or written through it
        } else {
            throw new IllegalStateException("_" + local.index() + " of " + body.sig().symbol() + " has no cells");
        }
        Ty type = local.type();
        for (Place.Projection projection : place.projections()) {
            if (projection instanceof Place.Deref) {
                loadCell(loc);
                loc = new AtAddress(0);
                type = type instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) type).inner();
            } else if (projection instanceof Place.Index index) {
                type = ((Ty.Array) type).element();
                loc = indexed(loc, index.index(), Layout.sizeOf(type));
            } else if (projection instanceof Place.Downcast downcast) {
                loc = moved(loc, offsetOf(downcast));
                type = new Ty.Adt(downcast.def().variants().get(downcast.variant()));
            } else {
                Place.Field field = (Place.Field) projection;
                loc = moved(loc, offsetOf(field));
                type = field.def() != null ? field.def().fields().get(field.index()).type()
                        : field.tuple().elements().get(field.index());
            }
        }
        return loc;
    }

    /**
     * The element whose number is in local {@code index} of the array at {@code array}: its address is
     * computed at run time, {@code base + index * elementSize}, and accessed through the machine.
     */
    private Location indexed(Location array, int index, int elementSize) {
        if (array instanceof InFrame f) {
            pushFrameAddress(f.offset());
        } else if (array instanceof AtAddress a) {
            Bytecode.addToLong(mv, a.offset());
        } else {
            throw new IllegalStateException("an indexed array must be in memory");
        }
        loadCell(localLocation(index));
        if (elementSize != 1) {
            pushLong(mv, elementSize);
            mv.visitInsn(LMUL);
        }
        mv.visitInsn(LADD);
        return new AtAddress(0);
    }

    /** Pushes {@code fp + offset} as a long: the address of a cell of this frame. */
    private void pushFrameAddress(int offset) {
        mv.visitVarInsn(ILOAD, slots.fpSlot);
        pushInt(mv, offset);
        mv.visitInsn(IADD);
        mv.visitInsn(I2L);
    }

    /** Where the value of a one-cell local is (the index of an {@link Place.Index}). */
    private Location localLocation(int index) {
        Local local = body.locals().get(index);
        if (slots.valueSlot[index] >= 0) return new InJvmLocal(slots.valueSlot[index]);
        return new InFrame(local.frameOffset());
    }

    /** How far a field or an enum's payload is from the start of the value it is part of. */
    private static int offsetOf(Place.Projection projection) {
        if (projection instanceof Place.Downcast) return Layout.PAYLOAD_OFFSET;
        Place.Field field = (Place.Field) projection;
        return field.def() != null ? Layout.fieldOffset(field.def(), field.index())
                : Layout.tupleOffset(field.tuple().elements(), field.index());
    }

    /**
     * The offset from the frame base of a place made only of this frame's cells (a local in memory
     * and fields of it, no deref), or -1 for any other place. Emits no code.
     */
    int frameOffset(Place place) {
        Local local = body.locals().get(place.local());
        boolean inFrame = local.inMemory() && slots.valueSlot[local.index()] < 0
                && !(local.index() == 0 && slots.sretSlot >= 0);
        if (!inFrame || place.hasDeref() || place.projections().stream().anyMatch(p -> p instanceof Place.Index)) return -1;
        int offset = local.frameOffset();
        for (Place.Projection projection : place.projections()) offset += offsetOf(projection);
        return offset;
    }

    private static Location moved(Location loc, int offset) {
        if (loc instanceof InFrame f) return new InFrame(f.offset() + offset);
        if (loc instanceof AtAddress a) return new AtAddress(a.offset() + offset);
        // A one-cell struct or tuple kept in a JVM local: its only non-empty field is the value itself.
        return loc;
    }

    private void loadCell(Location loc) {
        if (loc instanceof InFrame f) {
            frameIndex(f.offset());
            mv.visitInsn(LALOAD);
        } else if (loc instanceof AtAddress a) {
            Bytecode.addToLong(mv, a.offset());
            Bytecode.loadCell(mv, JvmLocals.MACHINE);
        } else {
            mv.visitVarInsn(LLOAD, ((InJvmLocal) loc).slot());
        }
    }

    /** Pushes the stack array and the index {@code fp + offset}. */
    private void frameIndex(int offset) {
        mv.visitVarInsn(ALOAD, slots.stackSlot);
        mv.visitVarInsn(ILOAD, slots.fpSlot);
        if (offset != 0) {
            pushInt(mv, offset);
            mv.visitInsn(IADD);
        }
    }

    private void requireOneCell(Place place, int size) {
        if (size != 1) {
            throw new IllegalStateException("place of _" + place.local() + " (" + place.type().display()
                    + ") takes " + size + " cells where one was expected");
        }
    }
}
