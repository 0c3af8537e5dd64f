package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.resolve.Binding;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.FnSig;
import org.jrustc.types.EnumDef;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * The type checker's results, as side tables over the AST: the type of every expression and local,
 * the function each call and method call goes to, and the implicit derefs, borrows and coercions
 * that Rust inserts. Every type in here is fully inferred (no {@link Ty.Var}).
 */
public final class TypeTable {
    public final Resolution resolution;
    public final Map<Expr, Ty> exprTypes = new IdentityHashMap<>();
    public final Map<Binding, Ty> localTypes = new HashMap<>();
    public final Map<Item.Fn, FnSig> fnSigs = new IdentityHashMap<>();
    public final Map<Item.Struct, StructDef> structDefs = new IdentityHashMap<>();
    public final List<StructDef> structs = new ArrayList<>();
    public final Map<Item.Enum, EnumDef> enumDefs = new IdentityHashMap<>();
    /** Method calls: the method, and how the receiver was adjusted to fit its self parameter. */
    public final Map<Expr.MethodCall, MethodCallInfo> methodCalls = new IdentityHashMap<>();
    /** Field accesses: how many auto-derefs reach the struct, and which field. */
    public final Map<Expr.Field, FieldAccess> fieldAccesses = new IdentityHashMap<>();
    /** The value of every {@code const} item (those with errors have none). */
    public final Map<Item.Const, ConstValue> consts = new IdentityHashMap<>();
    /** Index expressions: how many auto-derefs of the indexed expression reach the array. */
    public final Map<Expr.Index, Integer> indexDerefs = new IdentityHashMap<>();
    /** Deref coercions ({@code &Box<T>} to {@code &T}) at coercion sites, by the coerced expression. */
    public final Map<Expr, Coercion> derefCoercions = new IdentityHashMap<>();
    /** Binary operators whose operands are references to integers: how many derefs each side needs. */
    public final Map<Expr, Integer> operandDerefs = new IdentityHashMap<>();
    /**
     * Deny-by-default lints (out-of-range literals). As in rustc they are only reported when type
     * checking found no error.
     */
    public final List<org.jrustc.diag.Diagnostic> lints = new ArrayList<>();
    /** The fn item whose body is {@code main}. */
    public Item.Fn main;

    public TypeTable(Resolution resolution) { this.resolution = resolution; }

    public Ty typeOf(Expr e) { return exprTypes.get(e); }

    /** The type a struct or enum declares. */
    public Ty typeOf(Item.TypeDef item) {
        return item instanceof Item.Struct s ? new Ty.Adt(structDefs.get(s)) : new Ty.Enum(enumDefs.get((Item.Enum) item));
    }

    public enum AutoRef { NONE, REF, REF_MUT }

    /** Methods the compiler provides itself until the stdlib can express them. */
    /**
     * INT_METHOD, CHAR_METHOD: one of the standard library's methods on integers ({@code pow},
     * {@code wrapping_add} …) or chars ({@code is_alphabetic} …), by its name.
     */
    public enum BuiltinMethod { CLONE_COPY, STR_LEN, STR_IS_EMPTY, ARRAY_LEN, ARRAY_IS_EMPTY, INT_METHOD, CHAR_METHOD, FLOAT_METHOD }

    /**
     * @param sig     the method, or null for a built-in method
     * @param builtin the built-in method when {@code sig} is null
     * @param derefs  how many times the receiver expression is dereferenced before the autoref
     */
    public record MethodCallInfo(FnSig sig, BuiltinMethod builtin, int derefs, AutoRef autoRef) {}

    public record FieldAccess(int derefs, StructDef def, int index) {}

    /** The value of a {@code const} item: {@code bits} of a scalar, or the {@code text} of a {@code &str}. */
    public record ConstValue(Ty type, long bits, String text) {}

    /** A reference re-borrowed after {@code derefs} more derefs of its referent, as {@code &} or {@code &mut}. */
    public record Coercion(int derefs, boolean mutable) {}
}
