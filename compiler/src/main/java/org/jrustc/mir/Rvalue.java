package org.jrustc.mir;

import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.Ty;

/**
 * The right side of an assignment. Operations that can panic carry the rustc panic location
 * ({@code "file.rs:LINE:COL"}) that the panic message prints.
 */
public sealed interface Rvalue {

    record Use(Operand operand) implements Rvalue {}

    /**
     * Arithmetic, bitwise, shift and comparison operators on integers, bool and char
     * (never {@code &&}/{@code ||}: those are control flow). Arithmetic and shifts are checked:
     * overflow, division by zero and over-wide shifts panic with rustc's message at {@code location}.
     * {@code operandType} is the type of the left operand (shifts may have a different right type).
     */
    record Binary(BinOp op, Operand left, Operand right, Ty operandType, String location) implements Rvalue {}

    enum UnOp { NEG, NOT }

    /** {@code -x} (checked for signed overflow) or {@code !x} (bitwise on integers, logical on bool). */
    record Unary(UnOp op, Operand operand, Ty type, String location) implements Rvalue {}

    /** {@code &place} / {@code &mut place}: the address of a place in memory. */
    record Ref(boolean mutable, Place place) implements Rvalue {}

    /** {@code operand as target} between integer types, bool, char and u8→char (Rust's truncating rules). */
    record Cast(Operand operand, Ty target) implements Rvalue {}

    /**
     * The discriminant of the enum at {@code place}, as an {@code isize}: the value {@code as} gives
     * (read from the tag, which holds the active variant's index).
     */
    record Discriminant(Place place) implements Rvalue {}

    /** The index of the active variant of the enum at {@code place} (its tag cell), as a {@code usize}. */
    record VariantIndex(Place place) implements Rvalue {}

    /**
     * Allocates cells for one value of {@code content} on the runtime heap and yields the address
     * ({@code Box::new} is this, then an assignment through a deref of the result).
     */
    record HeapAlloc(Ty content) implements Rvalue {}

    /**
     * A method of the standard library on an integer or a char ({@code x.pow(n)}, {@code c.is_alphabetic()}):
     * the runtime's {@code IntMethods.method} or {@code CharMethods.method}, with the receiver first
     * among {@code args}. {@code operandType} is the receiver's type; a panic is reported at {@code location}.
     */
    record PrimitiveMethod(String method, java.util.List<Operand> args, Ty operandType, String location) implements Rvalue {}
}
