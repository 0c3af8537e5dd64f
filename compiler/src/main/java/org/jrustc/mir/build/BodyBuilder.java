package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.mir.Constant;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.resolve.Binding;
import org.jrustc.resolve.Builtin;
import org.jrustc.resolve.Res;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;
import org.jrustc.typeck.TypeTable;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Lowers one type-checked function body to MIR. As in rustc, an expression is lowered in one of
 * three ways depending on what its context needs: {@link #into} writes its value into a given place,
 * {@link #operand} yields it as an operand, {@link #place} yields the place it denotes (a variable,
 * a field, a deref) — materialising a temporary when the expression is not a place.
 */
final class BodyBuilder {
    final TypeTable table;
    private final SourceFile source;
    private final Item.Fn fn;
    private final FnSig sig;
    final CfgBuilder cfg = new CfgBuilder();
    final Scopes scopes = new Scopes(cfg);
    final Map<Binding, Integer> localOf = new HashMap<>();
    private final MacroLowering macros;
    private final ControlFlowLowering control;
    final ComparisonLowering comparisons = new ComparisonLowering(this);
    final ArrayLowering arrays = new ArrayLowering(this);
    private final MatchLowering matches = new MatchLowering(this);
    final EnumLowering enums = new EnumLowering(this);
    final DerivedComparisons derivedComparisons;

    /** The builder of {@code fn}'s body, or with a null {@code fn}, of a body made by the compiler. */
    BodyBuilder(TypeTable table, SourceFile source, Item.Fn fn, FnSig sig, DerivedComparisons derivedComparisons) {
        this.table = table;
        this.derivedComparisons = derivedComparisons;
        this.source = source;
        this.fn = fn;
        this.sig = table.concrete(sig);
        this.macros = new MacroLowering(this, source);
        this.control = new ControlFlowLowering(this);
    }

    MirBody build() {
        cfg.current = cfg.newBlock();
        cfg.newLocal(null, sig.ret(), true, fn.span());
        scopes.push();
        int argIndex = 0;
        List<Binding> params = new ArrayList<>();
        if (fn.self() != null && table.resolution.selfParams.containsKey(fn.self())) {
            params.add(table.resolution.selfParams.get(fn.self()));
        }
        for (Item.Param p : fn.params()) params.add(table.resolution.params.get(p));
        for (Binding b : params) {
            Ty t = sig.params().get(argIndex++);
            int local = cfg.newLocal(b.name(), t, b.mutable(), b.span());
            localOf.put(b, local);
            scopes.schedule(Place.local(local, t), b.span());
        }
        Place ret = Place.local(0, sig.ret());
        into(new Expr.BlockExpr(fn.body(), fn.body().span()), ret);
        scopes.pop(closingBrace(fn.body().span()));
        cfg.terminate(new Terminator.Return(closingBrace(fn.body().span())));
        CfgBuilder.Frozen frozen = cfg.freeze();
        return new MirBody(sig, frozen.locals(), params.size(), frozen.blocks(), frozen.frameSize(), fn.span());
    }

    /** The body of a derived comparison: {@code *self OP *other}, for {@link DerivedComparisons}. */
    MirBody buildDerivedComparison(Ty type, BinOp op, Span span) {
        cfg.current = cfg.newBlock();
        cfg.newLocal(null, Ty.BOOL, true, span);
        Ty ref = new Ty.Ref(false, type);
        Place self = Place.local(cfg.newLocal("self", ref, false, span), ref);
        Place other = Place.local(cfg.newLocal("other", ref, false, span), ref);
        Place result = temp(Ty.BOOL, span);
        comparisons.compare(op, derefOnce(self), derefOnce(other), result, span);
        assign(Place.local(0, Ty.BOOL), new Rvalue.Use(new Operand.Copy(result)), span);
        cfg.push(new Statement.Returning(span));
        cfg.terminate(new Terminator.Return(span));
        CfgBuilder.Frozen frozen = cfg.freeze();
        return new MirBody(sig, frozen.locals(), 2, frozen.blocks(), frozen.frameSize(), span);
    }

    /** What a path names: in an instance, {@code T::NAME} is the constant it names there. */
    Res resOf(Expr.Path p) {
        Item.Const c = table.typeParamConsts.get(p);
        return c != null ? new Res.Const(c) : table.resolution.paths.get(p);
    }

    static Span closingBrace(Span block) { return new Span(Math.max(block.start(), block.end() - 1), block.end()); }

    // ---- helpers ----------------------------------------------------------------------------

    /** The type of an expression, as the MIR sees it: generic structs and enums replaced by their instances. */
    Ty typeOf(Expr e) { return table.concrete(table.typeOf(e)); }

    Ty localType(Binding b) { return table.concrete(table.localTypes.get(b)); }

    String location(Span span) {
        return source.location(span.start());
    }

    Place temp(Ty type, Span span) {
        return Place.local(cfg.newLocal(null, type, true, span), type);
    }

    /**
     * Evaluates {@code e} into a new temporary. A value that needs dropping is scheduled to be dropped
     * at the end of the innermost scope once it exists — after the temporaries made while computing
     * it, so that it is dropped before them (rustc drops {@code f(&D("a"))}'s result, then {@code a}).
     */
    Place evaluateToTemp(Expr e) {
        Place temp = temp(typeOf(e), e.span());
        into(e, temp);
        scopes.schedule(temp, e.span());
        return temp;
    }

    void assign(Place place, Rvalue value, Span span) {
        cfg.push(new Statement.Assign(place, value, span));
    }

    /** Pushes a statement that may panic, making sure its block unwinds to the current cleanup chain. */
    void assignChecked(Place place, Rvalue value, Span span) {
        ensureUnwind();
        assign(place, value, span);
    }

    void ensureUnwind() {
        int target = scopes.unwindTarget();
        CfgBuilder.Block b = cfg.block(cfg.current);
        if (b.unwind == CfgBuilder.UNWIND_UNSET) {
            b.unwind = target;
        } else if (b.unwind != target) {
            int next = cfg.newBlock();
            cfg.gotoAndSwitch(next, Span.NONE);
            cfg.block(next).unwind = target;
        }
    }

    static Operand constInt(long bits, Ty type) { return new Operand.Const(new Constant.Scalar(bits, type)); }

    /** A float literal's bits: the decimal rounded once, straight to the literal's type. */
    static Operand constFloat(Expr.FloatLit f, Ty type) {
        boolean single = ((Ty.Float) type).single();
        long bits = single ? org.jrustc.runtime.Floats.bits(Float.parseFloat(f.digits()))
                : org.jrustc.runtime.Floats.bits(Double.parseDouble(f.digits()));
        return constInt(bits, type);
    }

    /** Moves or copies a place, by its type. */
    static Operand use(Place p) { return p.type().isCopy() ? new Operand.Copy(p) : new Operand.Move(p); }

    /** Puts an operand in a place, so that it has an address or can be projected. */
    Place materialize(Operand op, Span span) {
        Place p = op.place();
        if (p != null && !(op instanceof Operand.Move)) return p;
        Place t = temp(op.type(), span);
        assign(t, new Rvalue.Use(op), span);
        return t;
    }

    // ---- statements and blocks --------------------------------------------------------------

    void block(Block b, Place dest) {
        block(b, dest, -1);
    }

    /** A block; {@code extendTo} is the scope its tail's borrowed temporaries live in, or -1 (no extension). */
    void block(Block b, Place dest, int extendTo) {
        scopes.push();
        for (Stmt s : b.stmts()) statement(s);
        if (b.tail() != null) {
            scopes.push();
            if (extendTo >= 0) intoExtending(b.tail(), dest, extendTo);
            else into(b.tail(), dest);
            if (b == fn.body()) cfg.push(new Statement.Returning(closingBrace(b.span())));
            scopes.pop(b.tail().span());
        } else if (b == fn.body()) {
            cfg.push(new Statement.Returning(closingBrace(b.span())));
        }
        scopes.pop(closingBrace(b.span()));
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Let let) {
            letStatement(let);
        } else if (s instanceof Stmt.ExprStmt es) {
            scopes.push();
            Expr e = es.expr();
            Ty t = typeOf(e);
            if (t == null || t.isUnit() || t instanceof Ty.Never) {
                effect(e);
            } else if (Layout.needsDrop(t)) {
                evaluateToTemp(e); // `x;` moves x into a temporary that dies at the `;`
            } else {
                operand(e);
            }
            scopes.pop(es.span());
        }
    }

    Ty returnType() { return sig.ret(); }

    /** With the result in local 0: the function's drops, then return (what {@code return} and {@code ?} end with). */
    void returnFromHere(Span span) {
        cfg.push(new Statement.Returning(span));
        scopes.emitDropsDownTo(0, span);
        cfg.terminate(new Terminator.Return(span));
    }

    /** Evaluates a unit or never typed expression for its effects. */
    private void effect(Expr e) {
        Ty t = typeOf(e);
        into(e, temp(t == null ? Ty.UNIT : t, e.span()));
    }

    private void letStatement(Stmt.Let let) {
        int blockScope = scopes.depth() - 1;
        if (let.pat() instanceof Pat.Wild) {
            if (let.init() == null) return;
            scopes.push();
            if (isPlaceExpr(let.init())) {
                place(let.init());
            } else {
                Place value = temp(typeOf(let.init()), let.init().span());
                intoExtending(let.init(), value, blockScope);
                scopes.schedule(value, let.init().span());
            }
            scopes.pop(let.span());
            return;
        }
        if (let.pat() instanceof Pat.Tuple pattern && let.elseBlock() == null && namesOnly(pattern)) {
            destructure(let, pattern, blockScope);
            return;
        }
        if (let.init() != null && (let.elseBlock() != null || !(let.pat() instanceof Pat.Ident id0) || id0.sub() != null
                || table.resolution.patternValues.containsKey(id0))) {
            matches.letPattern(let, blockScope);
            return;
        }
        Pat.Ident id = (Pat.Ident) let.pat();
        Binding b = table.resolution.patterns.get(id);
        Ty t = localType(b);
        int local = cfg.newLocal(b.name(), t, b.mutable(), b.span());
        Place p = Place.local(local, t);
        scopes.declare(local, let.span());
        if (let.init() != null) {
            scopes.push();
            intoExtending(let.init(), p, blockScope);
            scopes.pop(let.span());
        }
        localOf.put(b, local);
        scopes.schedule(p, b.span());
    }

    /**
     * {@code let (a, _, c) = init;}: the bindings move (or copy) their parts out of the initializer's
     * place; a part no binding takes stays there. An initializer that is not a place is a temporary of
     * the statement, so such a part is dropped at the {@code ;}; in a place it is dropped with the place.
     * The bindings are declared in the order they are written and dropped in reverse, as variables are.
     */
    private void destructure(Stmt.Let let, Pat.Tuple pattern, int blockScope) {
        List<Integer> bound = new ArrayList<>();
        if (let.init() == null) {
            declareBindings(pattern, bound, blockScope);
        } else {
            scopes.push();
            Place source;
            if (isPlaceExpr(let.init())) {
                source = place(let.init());
            } else {
                source = temp(typeOf(let.init()), let.init().span());
                intoExtending(let.init(), source, blockScope);
                scopes.schedule(source, let.init().span());
            }
            bindParts(pattern, source, null, bound, blockScope, let.span());
            scopes.pop(let.span());
        }
        for (int local : bound) scopes.schedule(Place.local(local, cfg.locals.get(local).type), cfg.locals.get(local).span);
    }

    /** A tuple pattern made of names, {@code _} and tuples of those: {@code let (a, (b, _)) = …;}. */
    private static boolean namesOnly(Pat pat) {
        if (pat instanceof Pat.Tuple t) return t.elements().stream().allMatch(BodyBuilder::namesOnly);
        return pat instanceof Pat.Wild || pat instanceof Pat.Ident id && id.sub() == null && !id.byRef();
    }

    private void declareBindings(Pat pat, List<Integer> bound, int scope) {
        if (pat instanceof Pat.Ident id) {
            bound.add(newBindingLocal(id, scope));
        } else if (pat instanceof Pat.Tuple t) {
            for (Pat element : t.elements()) declareBindings(element, bound, scope);
        }
    }

    /**
     * Binds the names of {@code pat} to the parts of {@code source}. Through a reference, a tuple
     * pattern binds by reference (match ergonomics): {@code byRef} is then that reference's
     * mutability, and a binding borrows its part instead of moving it.
     */
    void bindParts(Pat pat, Place source, Boolean byRefMutable, List<Integer> bound, int scope, Span span) {
        if (pat instanceof Pat.Ident id) {
            int local = newBindingLocal(id, scope);
            bound.add(local);
            Place binding = Place.local(local, cfg.locals.get(local).type);
            if (id.byRef()) byRefMutable = id.mutable();
            assign(binding, byRefMutable == null ? new Rvalue.Use(use(source)) : new Rvalue.Ref(byRefMutable, source), span);
        } else if (pat instanceof Pat.Tuple t) {
            while (source.type() instanceof Ty.Ref r) {
                byRefMutable = (byRefMutable == null || byRefMutable) && r.mutable();
                source = derefOnce(source);
            }
            List<Ty> types = ((Ty.Tuple) source.type()).elements();
            for (int i = 0; i < t.elements().size(); i++) {
                bindParts(t.elements().get(i), source.tupleField(types, i), byRefMutable, bound, scope, span);
            }
        }
    }

    /** The local of a pattern's binding, declared in the scope at index {@code scope}. */
    private int newBindingLocal(Pat.Ident id, int scope) {
        Binding b = table.resolution.patterns.get(id);
        int local = cfg.newLocal(b.name(), localType(b), b.mutable(), b.span());
        localOf.put(b, local);
        scopes.declareAt(scope, local, id.span());
        return local;
    }

    /**
     * Temporary lifetime extension (RUST_SEMANTICS.md rule 7; the Reference's "extending
     * expressions"): in {@code let x = &temp;} the borrowed temporary lives until the end of the
     * enclosing block, not of the statement — also when the borrow is a block's tail, an arm of
     * {@code if}/{@code else} or a field of a struct literal, and when it borrows a field of the
     * temporary ({@code &temp.0}). Temporaries anywhere else (call arguments, method receivers)
     * still die at the end of the statement.
     */
    void intoExtending(Expr e, Place dest, int scope) {
        TypeTable.Coercion coercion = table.derefCoercions.get(e);
        if (coercion != null) {
            Place reference = temp(typeOf(e), e.span());
            intoExtendingRaw(e, reference, scope);
            assign(dest, reborrow(reference, coercion), e.span());
        } else {
            intoExtendingRaw(e, dest, scope);
        }
    }

    private void intoExtendingRaw(Expr e, Place dest, int scope) {
        if (e instanceof Expr.Borrow b) {
            assign(dest, new Rvalue.Ref(b.mutable(), placeExtending(b.operand(), scope)), e.span());
        } else if (e instanceof Expr.BlockExpr b) {
            block(b.block(), dest, scope);
        } else if (e instanceof Expr.If i && i.elseExpr() != null) {
            control.ifExpr(i, dest, scope);
        } else if (e instanceof Expr.StructLit s) {
            structLit(s, dest, scope);
        } else if (e instanceof Expr.Tuple t) {
            tupleLit(t, dest, scope);
        } else if (e instanceof Expr.Array a) {
            arrays.literal(a, dest, scope);
        } else {
            intoRaw(e, dest); // any coercion of e itself is applied by the caller
        }
    }

    private Place placeExtending(Expr e, int scope) {
        if (e instanceof Expr.Field f) {
            TypeTable.FieldAccess access = table.fieldAccesses.get(f);
            Place base = placeExtending(f.base(), scope);
            for (int i = 0; i < access.derefs(); i++) base = derefOnce(base);
            return fieldOf(base, access);
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) return derefOnce(placeExtending(u.operand(), scope));
        if (e instanceof Expr.Index i) return indexPlace(i, placeExtending(i.base(), scope));
        if (isPlaceExpr(e)) return place(e);
        Ty t = typeOf(e);
        Place temp = temp(t, e.span());
        if (e instanceof Expr.Borrow b && !table.derefCoercions.containsKey(e)) {
            assign(temp, new Rvalue.Ref(b.mutable(), placeExtending(b.operand(), scope)), e.span());
        } else {
            into(e, temp);
        }
        scopes.scheduleAt(scope, temp, e.span());
        return temp;
    }

    Operand operandExtending(Expr e, int scope) {
        if (scope < 0 || !(e instanceof Expr.Borrow) || table.derefCoercions.containsKey(e)) return operand(e);
        Place ref = temp(typeOf(e), e.span());
        intoExtending(e, ref, scope);
        return new Operand.Copy(ref);
    }

    // ---- expressions: into a place -----------------------------------------------------------

    /** Evaluates {@code e} and stores its value (after any coercion) into {@code dest}. */
    void into(Expr e, Place dest) {
        TypeTable.Coercion coercion = table.derefCoercions.get(e);
        if (coercion != null) {
            assign(dest, reborrow(materialize(rawOperand(e), e.span()), coercion), e.span());
            return;
        }
        intoRaw(e, dest);
    }

    /** Deref coercion of the reference stored at {@code reference}: {@code &**r} for {@code &Box<T>} to {@code &T}. */
    private static Rvalue reborrow(Place reference, TypeTable.Coercion coercion) {
        Place p = derefOnce(reference);
        for (int i = 0; i < coercion.derefs(); i++) p = derefOnce(p);
        return new Rvalue.Ref(coercion.mutable(), p);
    }

    private void intoRaw(Expr e, Place dest) {
        if (e instanceof Expr.BlockExpr b) {
            block(b.block(), dest);
        } else if (e instanceof Expr.If i) {
            control.ifExpr(i, dest);
        } else if (e instanceof Expr.Loop l) {
            control.loop(l, dest);
        } else if (e instanceof Expr.While w) {
            control.whileLoop(w);
        } else if (e instanceof Expr.For f) {
            control.forLoop(f);
        } else if (e instanceof Expr.Break b) {
            control.breakExpr(b);
        } else if (e instanceof Expr.Continue c) {
            control.continueExpr(c);
        } else if (e instanceof Expr.Return r) {
            if (r.value() != null) into(r.value(), Place.local(0, sig.ret()));
            returnFromHere(r.span());
        } else if (e instanceof Expr.Call c) {
            call(c, dest);
        } else if (e instanceof Expr.MethodCall m) {
            methodCall(m, dest);
        } else if (e instanceof Expr.StructLit s) {
            structLit(s, dest, -1);
        } else if (e instanceof Expr.Tuple t) {
            tupleLit(t, dest, -1);
        } else if (e instanceof Expr.Match m) {
            matches.lower(m, dest);
        } else if (e instanceof Expr.Try t) {
            enums.tryOperator(t, dest);
        } else if (e instanceof Expr.Array a) {
            arrays.literal(a, dest, -1);
        } else if (e instanceof Expr.ArrayRepeat r) {
            arrays.repeat(r, dest);
        } else if (e instanceof Expr.Assign a) {
            assignExpr(a);
        } else if (e instanceof Expr.CompoundAssign a) {
            compoundAssign(a);
        } else if (e instanceof Expr.MacroCall m) {
            macros.lower(m, dest);
        } else if (e instanceof Expr.Binary b && b.op().isLogical()) {
            control.logical(b, dest);
        } else if (e instanceof Expr.Binary b && b.op().isComparison() && ComparisonLowering.isAggregate(typeOf(b.left()))) {
            comparisons.lower(b, dest);
        } else if (isPlaceExpr(e)) {
            Place p = place(e);
            if (p.type().isUnit() || p.type() instanceof Ty.Never) return;
            assign(dest, new Rvalue.Use(use(p)), e.span());
        } else {
            Rvalue r = rvalue(e);
            if (r != null) {
                if (r instanceof Rvalue.Binary || r instanceof Rvalue.Unary) assignChecked(dest, r, e.span());
                else assign(dest, r, e.span());
            }
        }
    }

    /** Field values are evaluated in the order written, then moved into the struct's fields. */
    private void structLit(Expr.StructLit s, Place dest, int extendTo) {
        Res.Variant variant = table.resolution.structLitVariants.get(s);
        List<Operand> values = new ArrayList<>();
        for (Expr.FieldInit f : s.fields()) values.add(operandExtending(f.value(), extendTo));
        if (variant != null) {
            StructDef payload = ((Ty.Adt) dest.downcast(variant.index()).type()).def();
            Operand[] ordered = new Operand[values.size()];
            for (int i = 0; i < values.size(); i++) ordered[payload.fieldIndex(s.fields().get(i).name())] = values.get(i);
            enums.construct(dest, variant.index(), List.of(ordered), s.span());
            return;
        }
        StructDef def = ((Ty.Adt) typeOf(s)).def();
        // `..base` is evaluated after the fields written; the fields not written move (or copy) out of it.
        Place base = s.base() == null ? null : place(s.base());
        for (int i = 0; i < values.size(); i++) {
            assign(dest.field(def, def.fieldIndex(s.fields().get(i).name())), new Rvalue.Use(values.get(i)), s.span());
        }
        if (base == null) return;
        for (int i = 0; i < def.fields().size(); i++) {
            String name = def.fields().get(i).name();
            if (s.fields().stream().noneMatch(f -> f.name().equals(name))) {
                assign(dest.field(def, i), new Rvalue.Use(use(base.field(def, i))), s.span());
            }
        }
    }

    /** Like a struct literal: the elements are evaluated in order, then moved into the tuple's cells. */
    private void tupleLit(Expr.Tuple t, Place dest, int extendTo) {
        List<Operand> values = new ArrayList<>();
        for (Expr element : t.elements()) values.add(operandExtending(element, extendTo));
        List<Ty> types = ((Ty.Tuple) dest.type()).elements();
        for (int i = 0; i < values.size(); i++) assign(dest.tupleField(types, i), new Rvalue.Use(values.get(i)), t.span());
    }

    /** Rvalues for the expressions that have one; null after writing nothing (unit values). */
    private Rvalue rvalue(Expr e) {
        if (e instanceof Expr.IntLit lit) return new Rvalue.Use(constInt(lit.value().longValue(), typeOf(e)));
        if (e instanceof Expr.BoolLit b) return new Rvalue.Use(constInt(b.value() ? 1 : 0, Ty.BOOL));
        if (e instanceof Expr.CharLit c) return new Rvalue.Use(constInt(c.codePoint(), Ty.CHAR));
        if (e instanceof Expr.FloatLit f) return new Rvalue.Use(constFloat(f, typeOf(e)));
        if (e instanceof Expr.StrLit s) return new Rvalue.Use(new Operand.Const(new Constant.Str(s.value())));
        if (e instanceof Expr.Tuple) return null;
        if (e instanceof Expr.Path p) {
            Res r = resOf(p);
            if (r instanceof Res.IntConst c) {
                return new Rvalue.Use(constInt((c.max() ? c.kind().max() : c.kind().min()).longValue(), typeOf(e)));
            }
            if (r instanceof Res.Const c && typeOf(e) instanceof Ty.Enum) {
                // A constant of a fieldless enum is built like the variant it holds.
                Place value = temp(typeOf(e), e.span());
                enums.construct(value, (int) table.consts.get(c.item()).bits(), List.of(), e.span());
                return new Rvalue.Use(use(value));
            }
            if (r instanceof Res.Const c) return new Rvalue.Use(constantOf(c.item()));
            if (r instanceof Res.FloatConst f) {
                long bits = f.single() ? org.jrustc.runtime.Floats.bits((float) f.value())
                        : org.jrustc.runtime.Floats.bits(f.value());
                return new Rvalue.Use(constInt(bits, f.single() ? Ty.F32 : Ty.F64));
            }
            if (r instanceof Res.Variant v) {
                Place value = temp(typeOf(e), e.span());
                enums.construct(value, v.index(), List.of(), e.span());
                return new Rvalue.Use(use(value));
            }
            return new Rvalue.Use(new Operand.Const(new Constant.Unit())); // a unit struct: zero cells
        }
        if (e instanceof Expr.Borrow b) {
            Place p = place(b.operand());
            return new Rvalue.Ref(b.mutable(), p);
        }
        if (e instanceof Expr.Unary u) {
            if (u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.IntLit lit) {
                return new Rvalue.Use(constInt(lit.value().negate().longValue(), typeOf(e)));
            }
            Operand v = derefOperand(u.operand());
            Rvalue.UnOp op = u.op() == Expr.UnOp.NEG ? Rvalue.UnOp.NEG : Rvalue.UnOp.NOT;
            return new Rvalue.Unary(op, v, typeOf(e), location(u.span()));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b.op(), derefOperand(b.left()), derefOperand(b.right()), b.span());
        }
        if (e instanceof Expr.Cast c) {
            if (typeOf(c.operand()) instanceof Ty.Enum) return enums.cast(place(c.operand()), typeOf(e), c.span());
            return new Rvalue.Cast(operand(c.operand()), typeOf(e));
        }
        throw new IllegalStateException("no MIR lowering for " + e.getClass().getSimpleName());
    }

    /** A binary operation; comparing two {@code ()} needs no code (they are always equal). */
    Rvalue binary(BinOp op, Operand left, Operand right, Span span) {
        if (left.type().isUnit()) {
            boolean equal = op == BinOp.EQ || op == BinOp.LE || op == BinOp.GE;
            return new Rvalue.Use(constInt(equal ? 1 : 0, Ty.BOOL));
        }
        return new Rvalue.Binary(op, left, right, left.type(), location(span));
    }

    // ---- expressions: operands and places -------------------------------------------------

    /** The value of {@code e} after coercion, as an operand (multi-cell values end up in memory). */
    Operand operand(Expr e) {
        TypeTable.Coercion coercion = table.derefCoercions.get(e);
        if (coercion != null) {
            Rvalue.Ref r = (Rvalue.Ref) reborrow(materialize(rawOperand(e), e.span()), coercion);
            Place result = temp(new Ty.Ref(coercion.mutable(), r.place().type()), e.span());
            assign(result, r, e.span());
            return new Operand.Copy(result);
        }
        return rawOperand(e);
    }

    private Operand rawOperand(Expr e) {
        Ty t = typeOf(e);
        if (isPlaceExpr(e)) {
            Place p = place(e);
            if (p.type().isUnit()) return new Operand.Const(new Constant.Unit());
            return use(p);
        }
        if (t.isUnit() || t instanceof Ty.Never) {
            effect(e);
            return new Operand.Const(new Constant.Unit());
        }
        if (e instanceof Expr.IntLit || e instanceof Expr.BoolLit || e instanceof Expr.CharLit || e instanceof Expr.FloatLit
                || (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.IntLit)) {
            return ((Rvalue.Use) rvalue(e)).operand();
        }
        if (e instanceof Expr.Path p && (resOf(p) instanceof Res.IntConst
                || resOf(p) instanceof Res.FloatConst
                || resOf(p) instanceof Res.Const c && Layout.sizeOf(typeOf(e)) == 1
                   && !(typeOf(e) instanceof Ty.Enum))) {
            return ((Rvalue.Use) rvalue(e)).operand();
        }
        Place temp = temp(t, e.span());
        intoRaw(e, temp);
        scopes.schedule(temp, e.span());
        return use(temp);
    }

    /** An operand read through as many derefs as the type checker recorded (for {@code &i32 + i32}). */
    private Operand derefOperand(Expr e) {
        Integer derefs = table.operandDerefs.get(e);
        if (derefs == null) return operand(e);
        Place p = materialize(operand(e), e.span());
        for (int i = 0; i < derefs; i++) p = derefOnce(p);
        return new Operand.Copy(p);
    }

    /**
     * Place expressions denote memory that already exists: a variable, a field of a place or of a
     * value, a deref. Other paths (a unit struct, {@code i32::MAX}) are values.
     */
    boolean isPlaceExpr(Expr e) {
        return e instanceof Expr.Path p && table.resolution.paths.get(p) instanceof Res.Local
                || e instanceof Expr.Field || e instanceof Expr.Index
                || e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF;
    }

    /** The place an expression denotes; a temporary holding its value when it is not a place expression. */
    Place place(Expr e) {
        if (e instanceof Expr.Path p) {
            Res r = table.resolution.paths.get(p);
            if (r instanceof Res.Local l) {
                int local = localOf.get(l.binding());
                return Place.local(local, cfg.locals.get(local).type);
            }
            return evaluateToTemp(e);
        }
        if (e instanceof Expr.Field f) {
            TypeTable.FieldAccess access = table.fieldAccesses.get(f);
            Place base = place(f.base());
            for (int i = 0; i < access.derefs(); i++) base = derefOnce(base);
            return fieldOf(base, access);
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF) {
            Place base = place(u.operand());
            return derefOnce(base);
        }
        if (e instanceof Expr.Index i) return indexPlace(i, place(i.base()));
        return evaluateToTemp(e);
    }

    /** The element {@code i} selects of the array {@code base} (or what it auto-dereferences to). */
    private Place indexPlace(Expr.Index i, Place base) {
        for (int d = 0; d < table.indexDerefs.get(i); d++) base = derefOnce(base);
        return arrays.element(base, i.index(), i.span());
    }

    /** The value of a {@code const} item, as a constant operand. */
    private static Operand constantOf(TypeTable.ConstValue value) {
        if (value.text() != null) return new Operand.Const(new Constant.Str(value.text()));
        return constInt(value.bits(), value.type());
    }

    private Operand constantOf(Item.Const c) {
        return constantOf(table.consts.get(c));
    }

    /** Field {@code access.index()} of the struct or tuple at {@code base}. */
    /** Field {@code access.index()} of the struct or tuple at {@code base} (for a generic struct, its instance's). */
    private static Place fieldOf(Place base, TypeTable.FieldAccess access) {
        return access.def() != null ? base.field(((Ty.Adt) base.type()).def(), access.index())
                : base.tupleField(((Ty.Tuple) base.type()).elements(), access.index());
    }

    /**
     * {@code mem::swap} exchanges the cells behind two references; {@code mem::replace} reads the old
     * value out and writes the new one in. Values move bit for bit and nothing is dropped: both
     * places hold a value before and after.
     */
    private void memFunction(Builtin builtin, Expr.Call c, Place dest) {
        Place first = derefOnce(materialize(operand(c.args().get(0)), c.span()));
        if (builtin == Builtin.MEM_SWAP) {
            Place second = derefOnce(materialize(operand(c.args().get(1)), c.span()));
            Place saved = temp(first.type(), c.span());
            assign(saved, new Rvalue.Use(new Operand.Copy(first)), c.span());
            assign(first, new Rvalue.Use(new Operand.Copy(second)), c.span());
            assign(second, new Rvalue.Use(new Operand.Copy(saved)), c.span());
        } else if (builtin == Builtin.MEM_TAKE) {
            assign(dest, new Rvalue.Use(new Operand.Copy(first)), c.span());
            defaultInto(first, c.span());
        } else {
            Operand value = operand(c.args().get(1));
            assign(dest, new Rvalue.Use(new Operand.Copy(first)), c.span());
            assign(first, new Rvalue.Use(value), c.span());
        }
    }

    /** The default value of {@code place}'s type into it: the user's {@code Default::default} if it has one. */
    private void defaultInto(Place place, Span span) {
        Ty t = place.type();
        FnSig own = t instanceof Ty.Adt a ? a.def().defaultFn() : t instanceof Ty.Enum e ? e.def().defaultFn() : null;
        if (own != null) {
            emitCall(table.concrete(own), List.of(), place, span);
        } else if (place.isLocal() && place.local() == 0) {
            // Glue writes to an address; the return place may be a JVM value instead.
            Place made = temp(t, span);
            cfg.push(new Statement.Default(made, span));
            assign(place, new Rvalue.Use(use(made)), span);
        } else {
            cfg.push(new Statement.Default(place, span));
        }
    }

    /** A scalar operand that stays valid while other code runs: constants as they are, anything else in a temporary. */
    private Operand materializeOperand(Expr e, Span span) {
        Operand op = operand(e);
        return op instanceof Operand.Const ? op : new Operand.Copy(materialize(op, span));
    }

    static Place derefOnce(Place p) {
        Ty t = p.type();
        Ty target = t instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) t).inner();
        return p.deref(target);
    }

    // ---- calls --------------------------------------------------------------------------------

    private void call(Expr.Call c, Place dest) {
        Res r = table.resolution.paths.get((Expr.Path) c.callee());
        if (table.defaultCalls.contains(c)) {
            defaultInto(dest, c.span());
            return;
        }
        if (r instanceof Res.BuiltinFn b) {
            Expr arg = c.args().get(0);
            switch (b.builtin()) {
                case BLACK_BOX -> into(arg, dest);
                case MEM_SWAP, MEM_REPLACE, MEM_TAKE -> memFunction(b.builtin(), c, dest);
                case CMP_MAX, CMP_MIN -> {
                    // max keeps b unless a is greater; min keeps a unless b is smaller (std's tie rules).
                    Operand a = materializeOperand(c.args().get(0), c.span());
                    Operand bValue = materializeOperand(c.args().get(1), c.span());
                    Place keepFirst = temp(Ty.BOOL, c.span());
                    BinOp test = b.builtin() == Builtin.CMP_MAX ? BinOp.GT : BinOp.LE;
                    assign(keepFirst, binary(test, a, bValue, c.span()), c.span());
                    int first = cfg.newBlock();
                    int second = cfg.newBlock();
                    int end = cfg.newBlock();
                    cfg.block(cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(keepFirst), first, second,
                            c.span());
                    cfg.switchTo(first);
                    assign(dest, new Rvalue.Use(a), c.span());
                    cfg.gotoAndSwitch(end, c.span());
                    cfg.switchTo(second);
                    assign(dest, new Rvalue.Use(bValue), c.span());
                    cfg.gotoAndSwitch(end, c.span());
                }
                case BOX_NEW -> {
                    Ty content = typeOf(arg);
                    Operand value = operand(arg);
                    Ty boxType = new Ty.Boxed(content);
                    Place ptr = temp(boxType, c.span());
                    assign(ptr, new Rvalue.HeapAlloc(content), c.span());
                    assign(ptr.deref(content), new Rvalue.Use(value), c.span());
                    assign(dest, new Rvalue.Use(new Operand.Move(ptr)), c.span());
                }
                case DROP -> {
                    Operand value = operand(arg);
                    if (Layout.needsDrop(value.type())) {
                        Place owned = temp(value.type(), arg.span());
                        assign(owned, new Rvalue.Use(value), arg.span());
                        int next = cfg.newBlock();
                        cfg.block(cfg.current).terminator =
                                new Terminator.Drop(owned, next, scopes.unwindTarget(), c.span());
                        cfg.switchTo(next);
                    }
                }
            }
            return;
        }
        if (r instanceof Res.Variant v) {
            List<Operand> values = new ArrayList<>();
            for (Expr a : c.args()) values.add(operand(a));
            enums.construct(dest, v.index(), values, c.span());
            return;
        }
        if (r instanceof Res.StructCtor s) {
            StructDef def = ((Ty.Adt) dest.type()).def(); // for a generic struct, the instance
            List<Operand> values = new ArrayList<>();
            for (Expr a : c.args()) values.add(operand(a));
            for (int i = 0; i < values.size(); i++) assign(dest.field(def, i), new Rvalue.Use(values.get(i)), c.span());
            return;
        }
        FnSig callee = table.concrete(r instanceof Res.TraitFn || r instanceof Res.TypeParamFn || r instanceof Res.TraitPathFn
                ? table.traitFnCalls.get(c)
                : table.genericCallTargets.containsKey(c) ? table.genericCallTargets.get(c)
                : table.fnSigs.get(r instanceof Res.Fn f ? f.item() : ((Res.AssocFn) r).item()));
        List<Operand> args = new ArrayList<>();
        for (Expr a : c.args()) args.add(operand(a));
        emitCall(callee, args, dest, c.span());
    }

    void emitCall(FnSig callee, List<Operand> args, Place dest, Span span) {
        int next = cfg.newBlock();
        boolean returns = !(callee.ret() instanceof Ty.Never);
        Place destination = callee.ret().isUnit() || !returns ? null : dest;
        cfg.block(cfg.current).terminator = new Terminator.Call(callee, List.copyOf(args), destination,
                returns ? next : -1, scopes.unwindTarget(), span);
        cfg.switchTo(next);
    }

    private void methodCall(Expr.MethodCall m, Place dest) {
        TypeTable.MethodCallInfo info = table.methodCalls.get(m);
        Place receiver = place(m.receiver());
        for (int i = 0; i < info.derefs(); i++) receiver = derefOnce(receiver);
        if (info.builtin() == TypeTable.BuiltinMethod.INT_METHOD) {
            intMethod(m, receiver, dest);
            return;
        }
        if (info.builtin() == TypeTable.BuiltinMethod.FLOAT_METHOD) {
            List<Operand> args = new ArrayList<>();
            args.add(new Operand.Copy(receiver));
            for (Expr a : m.args()) args.add(operand(a));
            assign(dest, new Rvalue.PrimitiveMethod(m.method(), List.copyOf(args), receiver.type(), null), m.span());
            return;
        }
        if (info.builtin() == TypeTable.BuiltinMethod.CHAR_METHOD) {
            assign(dest, new Rvalue.PrimitiveMethod(m.method(), List.of(new Operand.Copy(receiver)), Ty.CHAR, null), m.span());
            return;
        }
        if (info.sig() == null) {
            builtinMethod(info.builtin(), receiver, dest, m.span());
            return;
        }
        List<Operand> args = new ArrayList<>();
        switch (info.autoRef()) {
            case NONE -> args.add(use(receiver));
            case REF, REF_MUT -> {
                Ty refType = new Ty.Ref(info.autoRef() == TypeTable.AutoRef.REF_MUT, receiver.type());
                Place ref = temp(refType, m.receiver().span());
                assign(ref, new Rvalue.Ref(info.autoRef() == TypeTable.AutoRef.REF_MUT, receiver), m.span());
                args.add(new Operand.Copy(ref));
            }
        }
        for (Expr a : m.args()) args.add(operand(a));
        // rustc's location of a method call (what a #[track_caller] method reports) is its name's.
        emitCall(table.concrete(table.genericCallTargets.getOrDefault(m, info.sig())), args, dest, m.methodSpan());
    }

    /**
     * {@code clone} of a Copy value is a copy; a {@code &str} is two cells (address, byte length),
     * so its {@code len} reads the second one.
     */
    private void builtinMethod(TypeTable.BuiltinMethod method, Place receiver, Place dest, Span span) {
        switch (method) {
            case CLONE -> {
                // A Copy value is cloned by copying; any other by its clone glue (derived Clone, boxes).
                if (receiver.type().isCopy()) {
                    assign(dest, new Rvalue.Use(new Operand.Copy(receiver)), span);
                    return;
                }
                ensureUnwind(); // a user clone inside the glue may panic
                if (dest.isLocal() && dest.local() == 0) {
                    Place made = temp(dest.type(), span); // glue writes to an address; the return place may be a JVM value
                    cfg.push(new Statement.Clone(receiver, made, span));
                    assign(dest, new Rvalue.Use(use(made)), span);
                } else {
                    cfg.push(new Statement.Clone(receiver, dest, span));
                }
            }
            case STR_LEN -> assign(dest, new Rvalue.Use(new Operand.Copy(strLength(receiver))), span);
            case STR_IS_EMPTY -> assign(dest, new Rvalue.Binary(BinOp.EQ, new Operand.Copy(strLength(receiver)),
                    constInt(0, Ty.USIZE), Ty.USIZE, location(span)), span);
            case ARRAY_LEN -> assign(dest, new Rvalue.Use(constInt(((Ty.Array) receiver.type()).length(), Ty.USIZE)), span);
            case ARRAY_IS_EMPTY -> assign(dest, new Rvalue.Use(constInt(((Ty.Array) receiver.type()).length() == 0 ? 1 : 0,
                    Ty.BOOL)), span);
        }
    }

    /**
     * {@code x.pow(n)} and the other integer methods: a call into the runtime. A panic in {@code pow}
     * or {@code abs} is reported inside core, as rustc's debug build does (those methods are not
     * #[track_caller]); the others report the method name's position.
     */
    private void intMethod(Expr.MethodCall m, Place receiver, Place dest) {
        List<Operand> args = new ArrayList<>();
        args.add(new Operand.Copy(receiver));
        for (Expr a : m.args()) args.add(operand(a));
        Ty type = receiver.type();
        String core = CorePanicLocations.of(((Ty.Int) type).kind().rustName(), m.method());
        String where = core != null ? core : location(m.methodSpan());
        assignChecked(dest, new Rvalue.PrimitiveMethod(m.method(), List.copyOf(args), type, where), m.span());
    }

    private static Place strLength(Place str) {
        return str.tupleField(List.of(Ty.USIZE, Ty.USIZE), 1);
    }

    // ---- assignment ---------------------------------------------------------------------------

    private void assignExpr(Expr.Assign a) {
        if (a.place() instanceof Expr.Underscore) {
            evaluateToTemp(a.value()); // `_ = value;` keeps nothing: the value is dropped at the `;`
            return;
        }
        if (a.place() instanceof Expr.Tuple lhs) {
            // `(x, y) = value;` is `{ let (t0, t1) = value; x = t0; y = t1; }`.
            Place whole = temp(typeOf(a.value()), a.value().span());
            into(a.value(), whole);
            scopes.schedule(whole, a.value().span());
            assignParts(lhs, whole, a.span());
            return;
        }
        Operand value = operand(a.value()); // the value first, then the place, as rustc does
        assignTo(place(a.place()), value, a.span());
    }

    private void assignParts(Expr.Tuple lhs, Place whole, Span span) {
        List<Ty> types = ((Ty.Tuple) whole.type()).elements();
        for (int i = 0; i < lhs.elements().size(); i++) {
            Expr target = lhs.elements().get(i);
            Place part = whole.tupleField(types, i);
            if (target instanceof Expr.Tuple nested) assignParts(nested, part, span);
            else if (!(target instanceof Expr.Underscore)) assignTo(place(target), use(part), span);
        }
    }

    /** {@code p = value}, dropping the value {@code p} held before. */
    private void assignTo(Place p, Operand value, Span span) {
        if (Layout.needsDrop(p.type())) {
            // If dropping the old value panics, the new one is stored all the same and unwinding
            // drops it with everything else (rustc's drop-and-replace).
            int storeThenUnwind = cfg.newCleanupBlock();
            cfg.block(storeThenUnwind).statements.add(new Statement.Assign(p, new Rvalue.Use(value), span));
            cfg.block(storeThenUnwind).terminator = new Terminator.Goto(scopes.unwindTargetOrResume(), span);
            cfg.block(storeThenUnwind).unwind = -1;
            int next = cfg.newBlock();
            cfg.block(cfg.current).terminator = new Terminator.Drop(p, next, storeThenUnwind, span);
            cfg.switchTo(next);
        }
        assign(p, new Rvalue.Use(value), span);
    }

    private void compoundAssign(Expr.CompoundAssign a) {
        Operand value = derefOperand(a.value());
        Place p = place(a.place());
        assignChecked(p, new Rvalue.Binary(a.op(), new Operand.Copy(p), value, p.type(), location(a.span())), a.span());
    }

    // ---- used by MacroLowering ----------------------------------------------------------------

    /** A format argument: read by reference, never moved. */
    Operand formatArgument(Expr e) {
        if (isPlaceExpr(e) && !table.derefCoercions.containsKey(e)) return new Operand.Copy(place(e));
        Operand op = operand(e);
        if (op instanceof Operand.Const c && Layout.sizeOf(c.type()) > 1) {
            return new Operand.Copy(materialize(op, e.span()));
        }
        return op instanceof Operand.Move m ? new Operand.Copy(m.place()) : op;
    }

    /** A panic at {@code span}; in a {@code #[track_caller]} function, at its caller's location (null here). */
    void panic(List<FmtPart> message, Span span) {
        ensureUnwind();
        cfg.terminate(new Terminator.Panic(List.copyOf(message), sig.trackCaller() ? null : location(span), span));
    }
}
