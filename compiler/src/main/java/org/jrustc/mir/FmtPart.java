package org.jrustc.mir;

/** A piece of printed or panic text: literal text, or a value formatted with {@code {}} or {@code {:?}}. */
public sealed interface FmtPart {
    record Text(String text) implements FmtPart {}

    /**
     * The value's type decides how it prints (integers, bool, char, {@code &str}, references to these,
     * tuples, arrays and structs deriving Debug). {@code pretty} is {@code {:#?}}: Debug over several
     * indented lines.
     */
    record Value(Operand value, boolean debug, boolean pretty) implements FmtPart {
        public Value(Operand value, boolean debug) {
            this(value, debug, false);
        }
    }
}
