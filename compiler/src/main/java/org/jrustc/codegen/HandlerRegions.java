package org.jrustc.codegen;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * The exception table of a method, built while its code is emitted: the code is cut into
 * consecutive regions, each sending a {@code Panic} to one handler (or to none). Regions never
 * overlap, so their order in the table does not matter; empty ones are left out (the JVM rejects
 * them).
 */
final class HandlerRegions {
    private final MethodNode method;
    private LabelNode start;
    private LabelNode handler;

    HandlerRegions(MethodNode method) {
        this.method = method;
    }

    /** From here on, a panic goes to {@code target} (null: it leaves the method untouched). */
    void cover(LabelNode target) {
        if (start != null && target == handler) return;
        close();
        start = new LabelNode();
        method.instructions.add(start);
        handler = target;
    }

    /** Ends the last region; call once the method's code is complete. */
    void finish() {
        close();
        start = null;
    }

    private void close() {
        if (start == null) return;
        LabelNode end = new LabelNode();
        method.instructions.add(end);
        if (handler != null && hasCode(start, end)) {
            method.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, Bytecode.PANIC));
        }
    }

    private static boolean hasCode(LabelNode from, LabelNode to) {
        for (AbstractInsnNode n = from.getNext(); n != null && n != to; n = n.getNext()) {
            if (n.getOpcode() >= 0) return true;
        }
        return false;
    }
}
