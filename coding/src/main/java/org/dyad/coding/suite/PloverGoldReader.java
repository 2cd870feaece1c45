package org.dyad.coding.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.coding.CoderSettings;

/**
 * Reads PLOVER's gold-standard records (one JSON object a line: {@code id, event, text}, the CAMEO
 * manual's example sentences recoded in PLOVER): one case per record, expecting a coding whose CAMEO
 * code maps to the record's PLOVER type, whoever its actors are ({@link SuiteCase.Match#PLOVER}).
 * Records without a text (the {@code DOCUMENT} header) are left out. The records carry a placeholder
 * date; cases are dated {@link ValidationSuite#MANUAL_DATE}, the era of the manual's news.
 *
 * <p>The records name PLOVER 0.5's types; Dyad maps CAMEO to the 2021 types. Comparing the two
 * CAMEO tables code by code, the 0.5 types are the 2021 ones renamed ({@link #TYPES}): DEMAND is
 * REQUEST, DISAPPROVE is ACCUSE, COOPERATION is COOPERATE, FIGHT is ASSAULT (CAMEO 19), and
 * INVESTIGATE became ACCUSE in mode {@code investigate} (CAMEO 09), written {@code ACCUSE/investigate}.
 */
final class PloverGoldReader {
    /** PLOVER 0.5 type names and the 2021 type (and mode) each became. */
    static final java.util.Map<String, String> TYPES = java.util.Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "COOPERATION", "COOPERATE", "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE/investigate");

    private PloverGoldReader() {
    }

    static ValidationSuite read(InputStream in, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SuiteCase> out = new ArrayList<>();
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = json.readTree(lines[i]);
            } catch (IOException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
            String type = TYPES.getOrDefault(o.path("event").asText("").toUpperCase(Locale.ROOT),
                    o.path("event").asText("").toUpperCase(Locale.ROOT));
            String text = o.path("text").asText("").strip().replaceAll("\\s+", " ");
            if (type.isEmpty() || type.equals("DOCUMENT") || text.isEmpty()) {
                continue;
            }
            String id = o.path("id").asText("PLOVER-" + (i + 1));
            out.add(new SuiteCase(id, id, ValidationSuite.MANUAL_DATE, o.path("event").asText(), text,
                    List.of(new ExpectedCoding("", "", type)), false, "", CoderSettings.defaults(),
                    SuiteCase.Match.PLOVER));
        }
        return new ValidationSuite(name, out);
    }

    /** True for a file of PLOVER gold records, by its name. */
    static boolean named(String lowerName) {
        return lowerName.startsWith("plover") && (lowerName.endsWith(".jsonl") || lowerName.endsWith(".json"));
    }
}
