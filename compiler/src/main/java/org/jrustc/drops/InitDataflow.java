package org.jrustc.drops;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;

/**
 * Forward dataflow over the MIR: for every block entry, which move-path leaves may be initialised
 * and which may be uninitialised. A leaf that may be both at a drop needs a runtime drop flag.
 * Panics inside a block reach its cleanup block with any of the states the block passes through.
 */
final class InitDataflow {
    /** The pair of facts the analysis tracks, as two bit sets over leaves. */
    static final class State {
        final BitSet maybeInit;
        final BitSet maybeUninit;

        State(BitSet maybeInit, BitSet maybeUninit) {
            this.maybeInit = maybeInit;
            this.maybeUninit = maybeUninit;
        }

        State copy() { return new State((BitSet) maybeInit.clone(), (BitSet) maybeUninit.clone()); }

        boolean joinFrom(State other) {
            BitSet a = (BitSet) maybeInit.clone();
            BitSet b = (BitSet) maybeUninit.clone();
            maybeInit.or(other.maybeInit);
            maybeUninit.or(other.maybeUninit);
            return !a.equals(maybeInit) || !b.equals(maybeUninit);
        }
    }

    private final MirBody body;
    private final MovePaths paths;
    final State[] entry;

    InitDataflow(MirBody body, MovePaths paths) {
        this.body = body;
        this.paths = paths;
        this.entry = new State[body.blocks().size()];
    }

    void run() {
        int leaves = paths.leaves.size();
        State start = new State(new BitSet(leaves), new BitSet(leaves));
        start.maybeUninit.set(0, leaves);
        for (int arg = 1; arg <= body.argCount(); arg++) init(start, paths.roots[arg]);
        entry[0] = start;
        Deque<Integer> work = new ArrayDeque<>();
        work.add(0);
        while (!work.isEmpty()) {
            int b = work.poll();
            BasicBlock block = body.blocks().get(b);
            State s = entry[b].copy();
            State seen = s.copy();
            for (Statement st : block.statements()) {
                apply(s, st);
                seen.joinFrom(s);
            }
            if (block.unwind() >= 0) propagate(block.unwind(), seen, work);
            Terminator t = block.terminator();
            if (t instanceof Terminator.Call c) {
                for (Operand a : c.args()) moveOut(s, a);
                if (c.unwind() >= 0) propagate(c.unwind(), s, work);
                if (c.target() >= 0) {
                    State after = s.copy();
                    if (c.destination() != null) init(after, c.destination());
                    propagate(c.target(), after, work);
                }
            } else if (t instanceof Terminator.Drop d) {
                State after = s.copy();
                uninit(after, d.place());
                if (d.unwind() >= 0) propagate(d.unwind(), after, work);
                propagate(d.target(), after, work);
            } else {
                for (int succ : successors(t)) propagate(succ, s, work);
            }
        }
    }

    static List<Integer> successors(Terminator t) {
        if (t instanceof Terminator.Goto g) return List.of(g.target());
        if (t instanceof Terminator.SwitchBool s) return List.of(s.ifTrue(), s.ifFalse());
        if (t instanceof Terminator.Call c) return c.target() >= 0 ? List.of(c.target()) : List.of();
        if (t instanceof Terminator.Drop d) return List.of(d.target());
        return List.of();
    }

    private void propagate(int target, State s, Deque<Integer> work) {
        if (entry[target] == null) {
            entry[target] = s.copy();
            work.add(target);
        } else if (entry[target].joinFrom(s)) {
            work.add(target);
        }
    }

    void apply(State s, Statement st) {
        if (st instanceof Statement.Assign a) {
            Rvalue r = a.value();
            if (r instanceof Rvalue.Use u) moveOut(s, u.operand());
            else if (r instanceof Rvalue.Cast c) moveOut(s, c.operand());
            init(s, a.place());
        } else if (st instanceof Statement.SetDiscriminant d) {
            init(s, d.place());
        } else if (st instanceof Statement.Clone c) {
            init(s, c.destination());
        } else if (st instanceof Statement.Default d) {
            init(s, d.place());
        } else if (st instanceof Statement.FreeBox f) {
            MovePaths.Path p = paths.of(f.boxPlace());
            if (p != null && !p.isLeaf()) clear(s, p.children.get(1));
        }
    }

    void moveOut(State s, Operand op) {
        if (op instanceof Operand.Move m) uninit(s, m.place());
    }

    void init(State s, Place place) {
        MovePaths.Path p = paths.of(place);
        if (p != null) init(s, p);
    }

    void uninit(State s, Place place) {
        MovePaths.Path p = paths.of(place);
        if (p != null) clear(s, p);
    }

    private static void init(State s, MovePaths.Path p) {
        if (p.isLeaf()) {
            s.maybeInit.set(p.leafIndex);
            s.maybeUninit.clear(p.leafIndex);
        } else {
            for (MovePaths.Path c : p.children) init(s, c);
        }
    }

    private static void clear(State s, MovePaths.Path p) {
        if (p.isLeaf()) {
            s.maybeInit.clear(p.leafIndex);
            s.maybeUninit.set(p.leafIndex);
        } else {
            for (MovePaths.Path c : p.children) clear(s, c);
        }
    }
}
