package org.jrustc.cli;

import org.jrustc.diag.DiagnosticRenderer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --error-format=human|short}, shared by the commands that compile. */
final class ErrorFormatOption {

    @Option(names = "--error-format", paramLabel = "human|short", converter = Converter.class,
            description = "How to print diagnostics: rustc's human format (default) or one line each.")
    DiagnosticRenderer.Format format = DiagnosticRenderer.Format.HUMAN;

    static final class Converter implements ITypeConverter<DiagnosticRenderer.Format> {
        @Override
        public DiagnosticRenderer.Format convert(String value) {
            return switch (value) {
                case "human" -> DiagnosticRenderer.Format.HUMAN;
                case "short" -> DiagnosticRenderer.Format.SHORT;
                default -> throw new TypeConversionException(
                        "must be `human` or `short` (instead was `" + value + "`)");
            };
        }
    }
}
