package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.Place;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.types.Layout;

/**
 * Drop scheduling. Every value that needs dropping is scheduled in the innermost scope when it is
 * created (a variable at its {@code let}, a temporary where it is made). Leaving a scope — by falling
 * through, {@code break}, {@code continue}, {@code return} — emits its drops, newest first. Every point
 * that can panic gets an unwind target: a chain of cleanup blocks that drops everything scheduled so
 * far, innermost first, then resumes unwinding.
 *
 * <p>Worked example, {@code fn f(a: D) { let b = D(1); { let c = D(2); g(); } h(); }}:
 * <pre>
 *   scope 0 (params)  : a          cleanup chain for g():  drop c → drop b → drop a → resume
 *   scope 1 (body)    : b          cleanup chain for h():            drop b → drop a → resume
 *   scope 2 (block)   : c
 * </pre>
 * The cleanup block that drops {@code b} is built once and shared by both chains, because a scope's
 * entries only ever change at its top. Whether a scheduled drop really happens (the value may have
 * been moved) is not decided here but by drop elaboration, which sees the whole graph.
 */
final class Scopes {
    private static final class Entry {
        final Place place;
        final Span span;
        int cleanup = -1;

        Entry(Place place, Span span) {
            this.place = place;
            this.span = span;
        }
    }

    private static final class Scope {
        final List<Entry> entries = new ArrayList<>();
        /** The user variables declared in this scope, in order. */
        final List<Integer> variables = new ArrayList<>();
    }

    private final CfgBuilder cfg;
    private final List<Scope> stack = new ArrayList<>();
    private int resumeBlock = -1;

    Scopes(CfgBuilder cfg) { this.cfg = cfg; }

    int depth() { return stack.size(); }

    void push() { stack.add(new Scope()); }

    /** Schedules a drop of {@code place} at the end of the innermost scope (if its type needs one). */
    void schedule(Place place, Span span) {
        scheduleAt(stack.size() - 1, place, span);
    }

    /** Schedules a drop in the scope at index {@code depth} (for temporaries whose lifetime is extended). */
    void scheduleAt(int depth, Place place, Span span) {
        if (Layout.needsDrop(place.type())) stack.get(depth).entries.add(new Entry(place, span));
    }

    /**
     * Declares user variable {@code local} in the innermost scope: it comes into scope here
     * ({@code StorageLive}) and goes out of scope, after the scope's drops, when the scope is left.
     */
    void declare(int local, Span span) {
        declareAt(stack.size() - 1, local, span);
    }

    /** Like {@link #declare}, in the scope at index {@code depth} (a `let`'s block, from inside the statement). */
    void declareAt(int depth, int local, Span span) {
        cfg.push(new Statement.StorageLive(local, span));
        stack.get(depth).variables.add(local);
    }

    /** Leaves the innermost scope on the normal path, dropping its values. */
    void pop(Span span) {
        emitDrops(stack.size() - 1, span);
        stack.remove(stack.size() - 1);
    }

    /**
     * Emits, on the current path, the drops of every scope deeper than or at {@code downTo}
     * (innermost first), without leaving them: for {@code break}, {@code continue} and {@code return}.
     */
    void emitDropsDownTo(int downTo, Span span) {
        for (int d = stack.size() - 1; d >= downTo; d--) emitDrops(d, span);
    }

    private void emitDrops(int depth, Span span) {
        List<Entry> entries = stack.get(depth).entries;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            int next = cfg.newBlock();
            int unwind = cleanupBelow(depth, i);
            cfg.block(cfg.current).terminator = new Terminator.Drop(e.place, next, unwind, span);
            cfg.switchTo(next);
        }
        List<Integer> variables = stack.get(depth).variables;
        for (int i = variables.size() - 1; i >= 0; i--) cfg.push(new Statement.StorageDead(variables.get(i), span));
    }

    /** The cleanup chain for everything scheduled now, or -1 when nothing needs dropping. */
    int unwindTarget() {
        return cleanupBelow(stack.size() - 1, stack.isEmpty() ? 0 : stack.get(stack.size() - 1).entries.size());
    }

    /** Like {@link #unwindTarget()}, but a block that resumes unwinding when nothing needs dropping. */
    int unwindTargetOrResume() {
        int target = unwindTarget();
        return target == -1 ? resume() : target;
    }

    /** The cleanup chain that drops entries [0, index) of scope {@code depth} and all outer scopes. */
    private int cleanupBelow(int depth, int index) {
        int previous = -1;
        for (int d = 0; d <= depth; d++) {
            List<Entry> entries = stack.get(d).entries;
            int limit = d == depth ? index : entries.size();
            for (int i = 0; i < limit; i++) {
                Entry e = entries.get(i);
                if (e.cleanup == -1) {
                    int block = cfg.newCleanupBlock();
                    int target = previous == -1 ? resume() : previous;
                    cfg.block(block).terminator = new Terminator.Drop(e.place, target, -1, e.span);
                    cfg.block(block).unwind = -1;
                    e.cleanup = block;
                }
                previous = e.cleanup;
            }
        }
        return previous;
    }

    private int resume() {
        if (resumeBlock == -1) {
            resumeBlock = cfg.newCleanupBlock();
            cfg.block(resumeBlock).terminator = new Terminator.Resume(Span.NONE);
            cfg.block(resumeBlock).unwind = -1;
        }
        return resumeBlock;
    }
}
