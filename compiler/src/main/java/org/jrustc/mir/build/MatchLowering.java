package org.jrustc.mir.build;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.Constant;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Terminator;
import org.jrustc.resolve.Binding;
import org.jrustc.resolve.Res;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;
import org.jrustc.typeck.TypeTable;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * {@code match} (and {@code if let}, {@code while let}) in the MIR: the arms are tried in order;
 * an arm's pattern is a chain of tests on the scrutinee's place (a literal compares, a range
 * compares twice, a tuple or struct tests its fields), then its bindings are assigned, its guard
 * decides, and its body writes the match's value. The type checker proved that some arm matches,
 * so after the last one control cannot continue.
 *
 * <p>The scrutinee stays where it is when it is a place ({@code match x}); a value is put in a
 * temporary that lives until the end of the match (for {@code if let}, until the end of the then
 * block, or until the else block starts: edition 2024 drops them first). A binding moves or copies its part of the
 * scrutinee, or borrows it when the pattern matched through a reference (match ergonomics). With
 * a guard, the bindings are first copied bit for bit for the guard to read, and moved only once
 * the guard has passed, so that a failed guard leaves the scrutinee whole.
 */
final class MatchLowering {
    private final BodyBuilder b;

    MatchLowering(BodyBuilder b) {
        this.b = b;
    }

    /** One binding to assign once a pattern has matched. */
    private record Bind(Binding binding, Place source, Boolean byRefMutable) {}

    void lower(Expr.Match m, Place dest) {
        b.scopes.push();
        Place scrutinee = b.isPlaceExpr(m.scrutinee()) ? b.place(m.scrutinee()) : b.evaluateToTemp(m.scrutinee());
        int matchScope = b.scopes.depth() - 1;
        int end = b.cfg.newBlock();
        for (int a = 0; a < m.arms().size(); a++) {
            Expr.Arm arm = m.arms().get(a);
            boolean ifLetElse = m.ifLet() && a == m.arms().size() - 1;
            // Edition 2024: the temporaries of an `if let` scrutinee are dropped before its else block runs.
            if (ifLetElse) b.scopes.pop(arm.span());
            int next = b.cfg.newBlock();
            b.scopes.push();
            List<Bind> binds = new ArrayList<>();
            test(arm.pat(), scrutinee, null, next, binds);
            declare(binds);
            if (arm.guard() != null) {
                assign(binds, true, arm.span());
                b.scopes.push();
                Place pass = b.temp(Ty.BOOL, arm.guard().span());
                b.into(arm.guard(), pass);
                b.scopes.pop(arm.guard().span());
                int body = b.cfg.newBlock();
                b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(pass), body, next,
                        arm.guard().span());
                b.cfg.switchTo(body);
            }
            // A move out of the scrutinee happens here; rustc reports errors about it at the scrutinee.
            assign(binds, false, m.scrutinee().span());
            for (Bind bind : binds) {
                int local = b.localOf.get(bind.binding());
                b.scopes.schedule(Place.local(local, b.cfg.locals.get(local).type), bind.binding().span());
            }
            b.into(arm.body(), dest);
            b.scopes.pop(arm.span());
            if (m.ifLet() && !ifLetElse) b.scopes.emitDropsDownTo(matchScope, arm.span());
            b.cfg.gotoAndSwitch(end, arm.span());
            b.cfg.switchTo(next);
        }
        b.cfg.block(b.cfg.current).terminator = new Terminator.Unreachable(m.span());
        b.cfg.switchTo(end);
        if (!m.ifLet()) b.scopes.pop(m.span());
    }

    /**
     * {@code let P = e;} with a pattern that is not a plain name or tuple, and {@code let P = e else
     * { … };}: the pattern is tested as a match arm's would be (an irrefutable one always matches);
     * its bindings are variables of the enclosing block. The initializer's temporaries die at the
     * end of the statement: before the block goes on, and before the else block runs.
     */
    void letPattern(Stmt.Let let, int blockScope) {
        b.scopes.push();
        int statementScope = b.scopes.depth() - 1;
        Place scrutinee = b.isPlaceExpr(let.init()) ? b.place(let.init()) : b.evaluateToTemp(let.init());
        int fail = b.cfg.newBlock();
        List<Bind> binds = new ArrayList<>();
        test(let.pat(), scrutinee, null, fail, binds);
        int matched = b.cfg.current;
        b.cfg.switchTo(fail);
        if (let.elseBlock() != null) {
            b.scopes.emitDropsDownTo(statementScope, let.elseBlock().span());
            b.into(new Expr.BlockExpr(let.elseBlock(), let.elseBlock().span()), b.temp(Ty.NEVER, let.elseBlock().span()));
        }
        b.cfg.terminate(new Terminator.Unreachable(let.span()));
        b.cfg.switchTo(matched);
        for (Bind bind : binds) {
            Binding binding = bind.binding();
            int local = b.cfg.newLocal(binding.name(), b.localType(binding), binding.mutable(), binding.span());
            b.localOf.put(binding, local);
            b.scopes.declareAt(blockScope, local, binding.span());
        }
        assign(binds, false, let.init().span());
        b.scopes.pop(let.span());
        for (Bind bind : binds) {
            int local = b.localOf.get(bind.binding());
            b.scopes.scheduleAt(blockScope, Place.local(local, b.cfg.locals.get(local).type), bind.binding().span());
        }
    }

    /**
     * Emits the tests of {@code pat} on {@code place} from the current block, which is where control
     * continues when the pattern matches; every failure jumps to {@code fail}. The bindings are
     * collected into {@code mine}, to be assigned once the whole pattern has matched (the bindings
     * of an or-pattern's alternatives are assigned by the alternative that matched).
     */
    private void test(Pat pat, Place place, Boolean byRef, int fail, List<Bind> mine) {
        if (pat instanceof Pat.Wild || pat instanceof Pat.Rest) return;
        TypeTable table = b.table;
        if (pat instanceof Pat.Ident id && !table.resolution.patternValues.containsKey(id)) {
            mine.add(new Bind(table.resolution.patterns.get(id), place, id.byRef() ? Boolean.valueOf(id.mutable()) : byRef));
            if (id.sub() != null) test(id.sub(), place, byRef, fail, mine);
            return;
        }
        if (!(pat instanceof Pat.Ref)) {
            // Match ergonomics: a non-reference pattern matches through references, binding by reference.
            while (place.type() instanceof Ty.Ref r && !(pat.isStrLiteral() && r.inner() instanceof Ty.Str)) {
                byRef = (byRef == null || byRef) && r.mutable();
                place = BodyBuilder.derefOnce(place);
            }
        }
        if (pat instanceof Pat.Ref ref) {
            test(ref.inner(), BodyBuilder.derefOnce(place), null, fail, mine);
            return;
        }
        if (pat instanceof Pat.Tuple t) {
            List<Ty> types = ((Ty.Tuple) place.type()).elements();
            List<Pat> elements = Pat.expandRest(t.elements(), types.size());
            for (int i = 0; i < elements.size(); i++) {
                test(elements.get(i), place.tupleField(types, i), byRef, fail, mine);
            }
            return;
        }
        Res.Variant variant = table.resolution.patternVariants.get(pat);
        if (variant == null && table.resolution.patternValues.get(pat) instanceof Res.Variant v) variant = v;
        if (variant != null) {
            // A variant pattern tests the tag, then matches the fields of that variant's payload.
            b.enums.testVariant(place, variant.index(), fail, pat.span());
            place = place.downcast(variant.index());
        }
        if (pat instanceof Pat.TupleStruct ts) {
            StructDef def = ((Ty.Adt) place.type()).def();
            List<Pat> elements = Pat.expandRest(ts.elements(), def.fields().size());
            for (int i = 0; i < elements.size(); i++) test(elements.get(i), place.field(def, i), byRef, fail, mine);
            return;
        }
        if (pat instanceof Pat.Struct s) {
            StructDef def = ((Ty.Adt) place.type()).def();
            for (Pat.FieldPat f : s.fields()) test(f.pat(), place.field(def, def.fieldIndex(f.name())), byRef, fail, mine);
            return;
        }
        if (pat instanceof Pat.Or or) {
            alternatives(or, place, byRef, fail);
            return;
        }
        if (pat instanceof Pat.Literal lit) {
            compare(BinOp.EQ, place, constant(lit.value(), place.type()), fail, lit.span());
            return;
        }
        if (pat instanceof Pat.Range r) {
            if (r.lo() != null) compare(BinOp.GE, place, constant(r.lo(), place.type()), fail, r.span());
            if (r.hi() != null) compare(r.inclusive() ? BinOp.LE : BinOp.LT, place, constant(r.hi(), place.type()), fail, r.span());
            return;
        }
        Res value = table.resolution.patternValues.get(pat);
        if (value instanceof Res.Const || value instanceof Res.IntConst) {
            compare(BinOp.EQ, place, valueOf(value, place.type()), fail, pat.span());
        }
        // a unit struct matches its one value
    }

    /**
     * {@code p | q}: each alternative is tried in turn; the one that matches assigns the bindings
     * from its own places (they are Copy values or references: the type checker refuses moves
     * here), and all meet in one block, where control continues.
     */
    private void alternatives(Pat.Or or, Place place, Boolean byRef, int fail) {
        int join = b.cfg.newBlock();
        for (int i = 0; i < or.alternatives().size(); i++) {
            boolean last = i == or.alternatives().size() - 1;
            int next = last ? fail : b.cfg.newBlock();
            List<Bind> binds = new ArrayList<>();
            test(or.alternatives().get(i), place, byRef, next, binds);
            declare(binds);
            assign(binds, false, or.span());
            b.cfg.gotoAndSwitch(join, or.span());
            if (!last) b.cfg.switchTo(next);
        }
        b.cfg.switchTo(join);
    }

    /** Continues when {@code place OP value} holds, jumps to {@code fail} otherwise. */
    private void compare(BinOp op, Place place, Operand value, int fail, Span span) {
        Place holds = b.temp(Ty.BOOL, span);
        b.assign(holds, b.binary(op, new Operand.Copy(place), value, span), span);
        int next = b.cfg.newBlock();
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(holds), next, fail, span);
        b.cfg.switchTo(next);
    }

    /** A literal or a path to a constant in a pattern, as an operand of the scrutinee's type. */
    private Operand constant(Expr e, Ty type) {
        Expr inner = e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG ? u.operand() : e;
        if (inner instanceof Expr.Path p) return valueOf(b.table.resolution.paths.get(p), type);
        if (inner instanceof Expr.StrLit s) return new Operand.Const(new Constant.Str(s.value()));
        if (inner instanceof Expr.BoolLit bool) return BodyBuilder.constInt(bool.value() ? 1 : 0, Ty.BOOL);
        if (inner instanceof Expr.CharLit c) return BodyBuilder.constInt(c.codePoint(), type);
        BigInteger v = ((Expr.IntLit) inner).value();
        if (inner != e) v = v.negate();
        return BodyBuilder.constInt(v.longValue(), type);
    }

    private Operand valueOf(Res r, Ty type) {
        if (r instanceof Res.IntConst ic) return BodyBuilder.constInt((ic.max() ? ic.kind().max() : ic.kind().min()).longValue(), type);
        TypeTable.ConstValue v = b.table.consts.get(((Res.Const) r).item());
        return BodyBuilder.constInt(v.bits(), type);
    }

    /** Gives each binding its local (the alternatives of an or-pattern share one), in the arm's scope. */
    private void declare(List<Bind> binds) {
        for (Bind bind : binds) {
            Binding binding = bind.binding();
            if (b.localOf.containsKey(binding)) continue;
            int local = b.cfg.newLocal(binding.name(), b.localType(binding), binding.mutable(), binding.span());
            b.localOf.put(binding, local);
            b.scopes.declare(local, binding.span());
        }
    }

    /**
     * Assigns the bindings: by reference, by copy, or by move; {@code forGuard}: a bit copy that
     * moves nothing yet (the guard only reads the bindings).
     */
    private void assign(List<Bind> binds, boolean forGuard, Span span) {
        for (Bind bind : binds) {
            int local = b.localOf.get(bind.binding());
            Place target = Place.local(local, b.cfg.locals.get(local).type);
            Rvalue value = bind.byRefMutable() != null ? new Rvalue.Ref(bind.byRefMutable(), bind.source())
                    : new Rvalue.Use(forGuard ? new Operand.Copy(bind.source()) : BodyBuilder.use(bind.source()));
            b.assign(target, value, span);
        }
    }
}
