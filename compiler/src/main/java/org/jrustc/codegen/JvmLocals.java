package org.jrustc.codegen;

import java.util.Arrays;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.types.Layout;

/**
 * The JVM local variable slots of one generated function: the machine, the JVM parameters, the
 * frame pointer, the cached stack array, the panic being unwound, the MIR locals kept out of memory
 * (drop flags among them), and scratch slots that live for one statement only.
 */
final class JvmLocals {
    static final int MACHINE = 0;

    /** The JVM parameter slot of each MIR parameter (index = MIR local), -1 when it has no cell. */
    final int[] paramSlot;
    /** The slot holding the destination address of a multi-cell result, or -1. */
    final int sretSlot;
    final int fpSlot;
    final int stackSlot;
    final int panicSlot;
    /** The long slot of each MIR local that is not in memory (index = MIR local), or -1. */
    final int[] valueSlot;
    private final int scratchBase;
    private int scratchNext;

    JvmLocals(MirBody body) {
        int next = MACHINE + 1;
        sretSlot = JvmNames.returnsViaSret(body.sig()) ? next : -1;
        if (sretSlot >= 0) next += 2;
        paramSlot = new int[body.locals().size()];
        Arrays.fill(paramSlot, -1);
        for (int i = 1; i <= body.argCount(); i++) {
            if (Layout.sizeOf(body.locals().get(i).type()) > 0) {
                paramSlot[i] = next;
                next += 2;
            }
        }
        fpSlot = next++;
        stackSlot = next++;
        panicSlot = next++;
        valueSlot = new int[body.locals().size()];
        Arrays.fill(valueSlot, -1);
        for (Local local : body.locals()) {
            boolean returnedViaSret = local.index() == 0 && sretSlot >= 0;
            if (local.inMemory() || returnedViaSret || Layout.sizeOf(local.type()) == 0) continue;
            if (Layout.sizeOf(local.type()) != 1) {
                throw new IllegalStateException("local _" + local.index() + " of " + body.sig().symbol()
                        + " is not in memory but takes " + Layout.sizeOf(local.type()) + " cells");
            }
            if (paramSlot[local.index()] >= 0) {
                valueSlot[local.index()] = paramSlot[local.index()];
            } else {
                valueSlot[local.index()] = next;
                next += 2;
            }
        }
        scratchBase = next;
        scratchNext = next;
    }

    /** Only scratch slots, from {@code first} on: for generated helpers that have no MIR body. */
    private JvmLocals(int first) {
        paramSlot = new int[0];
        valueSlot = new int[0];
        sretSlot = -1;
        fpSlot = -1;
        stackSlot = -1;
        panicSlot = -1;
        scratchBase = first;
        scratchNext = first;
    }

    static JvmLocals scratchFrom(int first) {
        return new JvmLocals(first);
    }

    /** A long slot that is free until the next {@link #releaseScratch()}. */
    int scratchLong() {
        int slot = scratchNext;
        scratchNext += 2;
        return slot;
    }

    /** An int slot that is free until the next {@link #releaseScratch()}. */
    int scratchInt() {
        return scratchNext++;
    }

    /** A reference slot that is free until the next {@link #releaseScratch()}. */
    int scratchRef() {
        return scratchNext++;
    }

    /** Scratch values never outlive the statement that made them. */
    void releaseScratch() { scratchNext = scratchBase; }
}
