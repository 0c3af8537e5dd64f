package org.jrustc.drops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Span;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.Constant;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.Ty;

/**
 * Drop elaboration: takes MIR whose drops are scheduled unconditionally at every scope exit and
 * produces MIR in which each drop happens exactly when the value is still owned. Using the
 * initialisation dataflow ({@link InitDataflow}):
 * <ul>
 *   <li>a drop of a value that is moved out on every path disappears;</li>
 *   <li>a drop of a value that is owned on every path stays as it is;</li>
 *   <li>a drop of a value owned on some paths only is guarded by a drop flag — a bool local that the
 *       elaborated code sets on every initialisation and clears on every move of that value;</li>
 *   <li>a partly moved struct is dropped field by field, a partly moved enum field by field of its
 *       active variant, and a box whose contents were moved out
 *       ({@code let v = *b;}) only has its cells freed.</li>
 * </ul>
 * Example: {@code let a = D; if f { drop(a); }} ends with {@code if flag_a { drop(a) }}.
 */
public final class DropElaborator {
    private final MirBody body;
    private final MovePaths paths;
    private final InitDataflow flow;
    private final Map<Integer, Integer> flagOfLeaf = new HashMap<>();
    private final List<Local> locals;
    private final List<MutableBlock> blocks = new ArrayList<>();

    private static final class MutableBlock {
        final List<Statement> statements = new ArrayList<>();
        Terminator terminator;
        final boolean cleanup;
        final int unwind;

        MutableBlock(boolean cleanup, int unwind) {
            this.cleanup = cleanup;
            this.unwind = unwind;
        }
    }

    private sealed interface Action {}
    private record DropWhole(Place place) implements Action {}
    private record DropIfFlag(Place place, int leaf) implements Action {}
    private record FreeBox(Place boxPlace) implements Action {}
    private record FreeBoxIfFlag(Place boxPlace, int leaf) implements Action {}
    /** A partly moved enum: for the active variant (read from the tag), that variant's actions. */
    private record ByVariant(Place enumPlace, List<List<Action>> perVariant) implements Action {}

    private DropElaborator(MirBody body) {
        this.body = body;
        this.paths = new MovePaths(body);
        this.locals = new ArrayList<>(body.locals());
        scanPlaces();
        paths.freeze();
        this.flow = new InitDataflow(body, paths);
        flow.run();
    }

    public static MirProgram elaborate(MirProgram program) {
        List<MirBody> bodies = program.bodies().stream().map(b -> new DropElaborator(b).run()).toList();
        return new MirProgram(program.sourcePath(), bodies, program.structs(), program.main());
    }

    private void scanPlaces() {
        for (BasicBlock b : body.blocks()) {
            for (Statement s : b.statements()) {
                if (s instanceof Statement.SetDiscriminant d) paths.of(d.place());
                if (s instanceof Statement.Clone c) paths.of(c.destination());
                if (s instanceof Statement.Default d) paths.of(d.place());
                if (s instanceof Statement.Assign a) {
                    paths.of(a.place());
                    if (a.value() instanceof Rvalue.Use u && u.operand() instanceof Operand.Move m) paths.of(m.place());
                }
            }
            if (b.terminator() instanceof Terminator.Drop d) paths.of(d.place());
            if (b.terminator() instanceof Terminator.Call c) {
                if (c.destination() != null) paths.of(c.destination());
                for (Operand a : c.args()) if (a instanceof Operand.Move m) paths.of(m.place());
            }
        }
    }

    private MirBody run() {
        List<List<Action>> plans = new ArrayList<>();
        for (int i = 0; i < body.blocks().size(); i++) {
            BasicBlock b = body.blocks().get(i);
            if (b.terminator() instanceof Terminator.Drop d && flow.entry[i] != null) {
                InitDataflow.State s = flow.entry[i].copy();
                for (Statement st : b.statements()) flow.apply(s, st);
                MovePaths.Path p = paths.of(d.place());
                // An array element is not a path of its own: its array is initialised (Rust never
                // moves out of an array by index), so the element is dropped as it is.
                boolean element = d.place().projections().stream().anyMatch(x -> x instanceof Place.Index);
                plans.add(p == null || element ? List.of(new DropWhole(d.place())) : plan(p, s));
            } else {
                plans.add(null);
            }
        }
        for (BasicBlock b : body.blocks()) blocks.add(new MutableBlock(b.cleanup(), b.unwind()));
        for (int i = 0; i < body.blocks().size(); i++) rewrite(i, plans.get(i));
        if (!flagOfLeaf.isEmpty()) initialiseFlags();
        List<BasicBlock> result = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            MutableBlock m = blocks.get(i);
            result.add(new BasicBlock(i, List.copyOf(m.statements), m.terminator, m.cleanup, m.unwind));
        }
        return new MirBody(body.sig(), List.copyOf(locals), body.argCount(), result, body.frameSize(), body.span());
    }

    // ---- deciding -----------------------------------------------------------------------------

    private List<Action> plan(MovePaths.Path p, InitDataflow.State s) {
        List<MovePaths.Path> leaves = new ArrayList<>();
        MovePaths.leavesUnder(p, leaves);
        boolean anyInit = leaves.stream().anyMatch(l -> s.maybeInit.get(l.leafIndex));
        boolean anyUninit = leaves.stream().anyMatch(l -> s.maybeUninit.get(l.leafIndex));
        if (!anyInit) return List.of();
        if (!anyUninit) return List.of(new DropWhole(p.place));
        if (p.isLeaf()) return List.of(new DropIfFlag(p.place, flag(p)));
        List<Action> actions = new ArrayList<>();
        if (p.place.type() instanceof Ty.Boxed) {
            actions.addAll(plan(p.children.get(0), s));
            MovePaths.Path alloc = p.children.get(1);
            if (!s.maybeUninit.get(alloc.leafIndex)) actions.add(new FreeBox(p.place));
            else if (s.maybeInit.get(alloc.leafIndex)) actions.add(new FreeBoxIfFlag(p.place, flag(alloc)));
            return actions;
        }
        if (p.place.type() instanceof Ty.Adt a && a.def().dropFn() != null
                || p.place.type() instanceof Ty.Enum e && e.def().dropFn() != null) {
            return List.of(new DropIfFlag(p.place, flag(leaves.get(0))));
        }
        if (p.place.type() instanceof Ty.Enum) {
            List<List<Action>> perVariant = new ArrayList<>();
            for (MovePaths.Path variant : p.children) perVariant.add(plan(variant, s));
            return List.of(new ByVariant(p.place, perVariant));
        }
        for (MovePaths.Path c : p.children) actions.addAll(plan(c, s));
        return actions;
    }

    private int flag(MovePaths.Path leaf) {
        return flagOfLeaf.computeIfAbsent(leaf.leafIndex, k -> newTemp(Ty.BOOL).local());
    }

    // ---- rewriting ----------------------------------------------------------------------------

    private int newBlock(boolean cleanup, int unwind) {
        blocks.add(new MutableBlock(cleanup, unwind));
        return blocks.size() - 1;
    }

    private void rewrite(int index, List<Action> plan) {
        BasicBlock original = body.blocks().get(index);
        MutableBlock out = blocks.get(index);
        for (Statement s : original.statements()) {
            out.statements.add(s);
            if (s instanceof Statement.Assign a) {
                if (a.value() instanceof Rvalue.Use u && u.operand() instanceof Operand.Move m) setFlags(out, m.place(), false);
                setFlags(out, a.place(), true);
            }
            if (s instanceof Statement.SetDiscriminant d) setFlags(out, d.place(), true);
            if (s instanceof Statement.Clone c) setFlags(out, c.destination(), true);
            if (s instanceof Statement.Default d) setFlags(out, d.place(), true);
        }
        Terminator t = original.terminator();
        if (t instanceof Terminator.Call c) {
            for (Operand a : c.args()) if (a instanceof Operand.Move m) setFlags(out, m.place(), false);
            int target = c.target();
            if (c.destination() != null && target >= 0 && hasFlags(c.destination())) {
                int after = newBlock(blocks.get(target).cleanup, blocks.get(target).unwind);
                setFlags(blocks.get(after), c.destination(), true);
                blocks.get(after).terminator = new Terminator.Goto(target, c.span());
                target = after;
            }
            out.terminator = new Terminator.Call(c.callee(), c.args(), c.destination(), target, c.unwind(), c.span());
            return;
        }
        if (plan == null) {
            out.terminator = t;
            return;
        }
        Terminator.Drop d = (Terminator.Drop) t;
        MutableBlock current = emit(out, plan, d, out);
        current.terminator = new Terminator.Goto(d.target(), d.span());
    }

    /** Emits the actions from block {@code current} on; returns the block where control continues after them. */
    private MutableBlock emit(MutableBlock current, List<Action> plan, Terminator.Drop d, MutableBlock out) {
        for (Action action : plan) {
            if (action instanceof DropWhole w) {
                int next = newBlock(out.cleanup, out.unwind);
                current.terminator = new Terminator.Drop(w.place(), next, d.unwind(), d.span());
                current = blocks.get(next);
                setFlags(current, w.place(), false);
            } else if (action instanceof DropIfFlag f) {
                int drop = newBlock(out.cleanup, out.unwind);
                int next = newBlock(out.cleanup, out.unwind);
                current.terminator = new Terminator.SwitchBool(new Operand.Copy(Place.local(f.leaf(), Ty.BOOL)), drop,
                        next, d.span());
                int clear = newBlock(out.cleanup, out.unwind);
                blocks.get(drop).terminator = new Terminator.Drop(f.place(), clear, d.unwind(), d.span());
                setFlags(blocks.get(clear), f.place(), false);
                blocks.get(clear).terminator = new Terminator.Goto(next, d.span());
                current = blocks.get(next);
            } else if (action instanceof FreeBox fb) {
                current.statements.add(new Statement.FreeBox(fb.boxPlace(), d.span()));
                clearAllocationFlag(current, fb.boxPlace());
            } else if (action instanceof FreeBoxIfFlag fb) {
                int free = newBlock(out.cleanup, out.unwind);
                int next = newBlock(out.cleanup, out.unwind);
                current.terminator = new Terminator.SwitchBool(new Operand.Copy(Place.local(fb.leaf(), Ty.BOOL)), free,
                        next, d.span());
                blocks.get(free).statements.add(new Statement.FreeBox(fb.boxPlace(), d.span()));
                clearAllocationFlag(blocks.get(free), fb.boxPlace());
                blocks.get(free).terminator = new Terminator.Goto(next, d.span());
                current = blocks.get(next);
            } else if (action instanceof ByVariant bv) {
                current = emitByVariant(current, bv, d, out);
            }
        }
        return current;
    }

    /** {@code if tag == 0 { actions of variant 0 } else if tag == 1 { … }}, skipping variants with nothing to do. */
    private MutableBlock emitByVariant(MutableBlock current, ByVariant bv, Terminator.Drop d, MutableBlock out) {
        int join = newBlock(out.cleanup, out.unwind);
        for (int v = 0; v < bv.perVariant().size(); v++) {
            if (bv.perVariant().get(v).isEmpty()) continue;
            Place tag = newTemp(Ty.USIZE);
            Place holds = newTemp(Ty.BOOL);
            current.statements.add(new Statement.Assign(tag, new Rvalue.VariantIndex(bv.enumPlace()), d.span()));
            current.statements.add(new Statement.Assign(holds, new Rvalue.Binary(BinOp.EQ, new Operand.Copy(tag),
                    new Operand.Const(new Constant.Scalar(v, Ty.USIZE)), Ty.USIZE, null), d.span()));
            int then = newBlock(out.cleanup, out.unwind);
            int next = newBlock(out.cleanup, out.unwind);
            current.terminator = new Terminator.SwitchBool(new Operand.Copy(holds), then, next, d.span());
            emit(blocks.get(then), bv.perVariant().get(v), d, out).terminator = new Terminator.Goto(join, d.span());
            current = blocks.get(next);
        }
        current.terminator = new Terminator.Goto(join, d.span());
        return blocks.get(join);
    }

    private Place newTemp(Ty type) {
        locals.add(new Local(locals.size(), null, type, true, Span.NONE, false, -1));
        return Place.local(locals.size() - 1, type);
    }

    private void clearAllocationFlag(MutableBlock block, Place boxPlace) {
        MovePaths.Path p = paths.of(boxPlace);
        if (p == null || p.isLeaf()) return;
        Integer flag = flagOfLeaf.get(p.children.get(1).leafIndex);
        if (flag != null) block.statements.add(setFlag(flag, false));
    }

    private boolean hasFlags(Place place) {
        MovePaths.Path p = paths.of(place);
        if (p == null) return false;
        List<MovePaths.Path> leaves = new ArrayList<>();
        MovePaths.leavesUnder(p, leaves);
        return leaves.stream().anyMatch(l -> flagOfLeaf.containsKey(l.leafIndex));
    }

    private void setFlags(MutableBlock block, Place place, boolean value) {
        MovePaths.Path p = paths.of(place);
        if (p == null) return;
        List<MovePaths.Path> leaves = new ArrayList<>();
        MovePaths.leavesUnder(p, leaves);
        for (MovePaths.Path l : leaves) {
            Integer flag = flagOfLeaf.get(l.leafIndex);
            if (flag != null) block.statements.add(setFlag(flag, value));
        }
    }

    private static Statement setFlag(int flagLocal, boolean value) {
        return new Statement.Assign(Place.local(flagLocal, Ty.BOOL),
                new Rvalue.Use(new Operand.Const(new Constant.Scalar(value ? 1 : 0, Ty.BOOL))), Span.NONE);
    }

    /** Every flag starts false, except those of parameters, which arrive initialised. */
    private void initialiseFlags() {
        List<Statement> prologue = new ArrayList<>();
        for (var entry : flagOfLeaf.entrySet()) {
            MovePaths.Path leaf = paths.leaves.get(entry.getKey());
            MovePaths.Path root = leaf;
            while (root.parent != null) root = root.parent;
            int local = root.place.local();
            prologue.add(setFlag(entry.getValue(), local >= 1 && local <= body.argCount()));
        }
        blocks.get(0).statements.addAll(0, prologue);
    }
}
