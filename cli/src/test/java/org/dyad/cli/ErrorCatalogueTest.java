package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.model.ErrorCode;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every error code with its name, summary and fix as the code gives them. */
class ErrorCatalogueTest {
    @Test
    void everyCodeIsInTheCatalogueWithTheFixShownToTheUser() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        for (ErrorCode c : ErrorCode.values()) {
            String row = "| " + c.id() + " | " + c.name() + " | " + c.summary() + " | " + c.fix().replace("|", "\\|")
                    + " |";
            assertThat(doc).as(c.id()).contains(row).contains("**" + c.id() + " " + c.name() + "**");
        }
    }
}
