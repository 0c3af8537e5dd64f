package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrustc.types.Ty;

/**
 * Type variables and unification. Integer-literal variables may only become integer types and
 * default to i32; other variables (from {@code let x;}) take whatever they are unified with.
 */
final class Inference {
    private final List<Ty> bound = new ArrayList<>();
    private final Set<Integer> integerVars = new HashSet<>();
    private final Set<Integer> floatVars = new HashSet<>();
    private final Set<Integer> errorVars = new HashSet<>();

    Ty.Var freshInt() {
        bound.add(null);
        Ty.Var v = new Ty.Var(bound.size() - 1, "{integer}");
        integerVars.add(v.id());
        return v;
    }

    /** The type of an unsuffixed float literal: f32 or f64, f64 when nothing decides. */
    Ty.Var freshFloat() {
        bound.add(null);
        Ty.Var v = new Ty.Var(bound.size() - 1, "{float}");
        floatVars.add(v.id());
        return v;
    }

    Ty.Var fresh() {
        bound.add(null);
        return new Ty.Var(bound.size() - 1, "{integer}");
    }

    boolean isFloatVar(Ty t) { return t instanceof Ty.Var v && floatVars.contains(v.id()); }

    /** A float type, or a float literal's variable. */
    boolean isFloat(Ty t) {
        Ty s = shallow(t);
        return s instanceof Ty.Float || isFloatVar(s);
    }

    /** A variable standing for the type of an expression that already had an error: unifies with anything, reports nothing. */
    Ty.Var error() {
        Ty.Var v = fresh();
        errorVars.add(v.id());
        return v;
    }

    boolean isError(Ty t) {
        Ty s = shallow(t);
        return s instanceof Ty.Error || s instanceof Ty.Var v && errorVars.contains(v.id());
    }

    /** An integer type, or an integer literal's variable. */
    boolean isInteger(Ty t) {
        Ty s = shallow(t);
        return s instanceof Ty.Int || isIntegerVar(s);
    }

    boolean isIntegerVar(Ty t) { return t instanceof Ty.Var v && integerVars.contains(v.id()); }

    /** The type with every bound variable replaced by what it is bound to. */
    Ty shallow(Ty t) {
        while (t instanceof Ty.Var v && bound.get(v.id()) != null) t = bound.get(v.id());
        return t;
    }

    Ty deep(Ty t) {
        t = shallow(t);
        if (t instanceof Ty.Ref r) return new Ty.Ref(r.mutable(), deep(r.inner()));
        if (t instanceof Ty.Boxed b) return new Ty.Boxed(deep(b.inner()));
        if (t instanceof Ty.Tuple tu) return new Ty.Tuple(tu.elements().stream().map(this::deep).toList());
        if (t instanceof Ty.Array a) return new Ty.Array(deep(a.element()), a.length());
        if (t instanceof Ty.Projection p) return new Ty.Projection(deep(p.base()), p.name());
        if (t instanceof Ty.Adt a && !a.args().isEmpty()) return new Ty.Adt(a.def(), a.args().stream().map(this::deep).toList());
        if (t instanceof Ty.Enum e && !e.args().isEmpty()) return new Ty.Enum(e.def(), e.args().stream().map(this::deep).toList());
        return t;
    }

    /** The final type: unbound integer variables become i32; null when a variable is still unknown. */
    Ty finish(Ty t) {
        t = shallow(t);
        if (t instanceof Ty.Var v) {
            if (floatVars.contains(v.id())) {
                bound.set(v.id(), Ty.F64);
                return Ty.F64;
            }
            if (!integerVars.contains(v.id())) return null;
            bound.set(v.id(), Ty.I32);
            return Ty.I32;
        }
        if (t instanceof Ty.Ref r) {
            Ty inner = finish(r.inner());
            return inner == null ? null : new Ty.Ref(r.mutable(), inner);
        }
        if (t instanceof Ty.Boxed b) {
            Ty inner = finish(b.inner());
            return inner == null ? null : new Ty.Boxed(inner);
        }
        if (t instanceof Ty.Array a) {
            Ty element = finish(a.element());
            return element == null ? null : new Ty.Array(element, a.length());
        }
        if (t instanceof Ty.Tuple tu) {
            List<Ty> elements = finishAll(tu.elements());
            return elements == null ? null : new Ty.Tuple(elements);
        }
        if (t instanceof Ty.Projection p) {
            Ty base = finish(p.base());
            return base == null ? null : new Ty.Projection(base, p.name());
        }
        if (t instanceof Ty.Adt a && !a.args().isEmpty()) {
            List<Ty> args = finishAll(a.args());
            return args == null ? null : new Ty.Adt(a.def(), args);
        }
        if (t instanceof Ty.Enum e && !e.args().isEmpty()) {
            List<Ty> args = finishAll(e.args());
            return args == null ? null : new Ty.Enum(e.def(), args);
        }
        return t;
    }

    private List<Ty> finishAll(List<Ty> types) {
        List<Ty> done = new ArrayList<>();
        for (Ty t : types) {
            Ty finished = finish(t);
            if (finished == null) return null;
            done.add(finished);
        }
        return List.copyOf(done);
    }

    /**
     * Binds the variables of {@code t} that nothing determined to {@code ()}: rustc's fallback for the
     * type of a value that is never used ({@code None?;}).
     */
    void defaultToUnit(Ty t) {
        t = shallow(t);
        if (t instanceof Ty.Var v && !integerVars.contains(v.id()) && !floatVars.contains(v.id())) {
            bound.set(v.id(), Ty.UNIT);
        } else if (t instanceof Ty.Ref r) {
            defaultToUnit(r.inner());
        } else if (t instanceof Ty.Boxed b) {
            defaultToUnit(b.inner());
        } else if (t instanceof Ty.Array a) {
            defaultToUnit(a.element());
        } else if (t instanceof Ty.Tuple tu) {
            tu.elements().forEach(this::defaultToUnit);
        } else if (t instanceof Ty.Adt a) {
            a.args().forEach(this::defaultToUnit);
        } else if (t instanceof Ty.Enum e) {
            e.args().forEach(this::defaultToUnit);
        }
    }

    boolean unify(Ty a, Ty b) {
        a = shallow(a);
        b = shallow(b);
        if (a.equals(b) || isError(a) || isError(b)) return true;
        if (a instanceof Ty.Var va) return bindVar(va, b);
        if (b instanceof Ty.Var vb) return bindVar(vb, a);
        if (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
            return ra.mutable() == rb.mutable() && unify(ra.inner(), rb.inner());
        }
        if (a instanceof Ty.Boxed ba && b instanceof Ty.Boxed bb) return unify(ba.inner(), bb.inner());
        if (a instanceof Ty.Array aa && b instanceof Ty.Array ab) return aa.length() == ab.length() && unify(aa.element(), ab.element());
        if (a instanceof Ty.Tuple ta && b instanceof Ty.Tuple tb && ta.elements().size() == tb.elements().size()) {
            return unifyAll(ta.elements(), tb.elements());
        }
        if (a instanceof Ty.Adt aa && b instanceof Ty.Adt ab && aa.def() == ab.def()) return unifyAll(aa.args(), ab.args());
        if (a instanceof Ty.Enum ea && b instanceof Ty.Enum eb && ea.def() == eb.def()) return unifyAll(ea.args(), eb.args());
        return false;
    }

    private boolean unifyAll(List<Ty> as, List<Ty> bs) {
        if (as.size() != bs.size()) return false;
        for (int i = 0; i < as.size(); i++) if (!unify(as.get(i), bs.get(i))) return false;
        return true;
    }

    private boolean bindVar(Ty.Var v, Ty t) {
        if (integerVars.contains(v.id())) {
            if (t instanceof Ty.Var other) {
                if (floatVars.contains(other.id())) return false;
                integerVars.add(other.id());
            } else if (!(t instanceof Ty.Int)) {
                return false;
            }
        }
        if (floatVars.contains(v.id())) {
            if (t instanceof Ty.Var other) {
                if (integerVars.contains(other.id())) return false;
                floatVars.add(other.id());
            } else if (!(t instanceof Ty.Float)) {
                return false;
            }
        }
        if (occurs(v, t)) return false;
        bound.set(v.id(), t);
        return true;
    }

    private boolean occurs(Ty.Var v, Ty t) {
        t = shallow(t);
        if (t.equals(v)) return true;
        if (t instanceof Ty.Ref r) return occurs(v, r.inner());
        if (t instanceof Ty.Boxed b) return occurs(v, b.inner());
        if (t instanceof Ty.Tuple tu) return tu.elements().stream().anyMatch(e -> occurs(v, e));
        if (t instanceof Ty.Array a) return occurs(v, a.element());
        if (t instanceof Ty.Adt a) return a.args().stream().anyMatch(e -> occurs(v, e));
        if (t instanceof Ty.Enum e) return e.args().stream().anyMatch(x -> occurs(v, x));
        return false;
    }

    /** How a type prints in a diagnostic, with {@code {integer}} for unknown integer types. */
    String show(Ty t) { return deep(t).display(); }
}
