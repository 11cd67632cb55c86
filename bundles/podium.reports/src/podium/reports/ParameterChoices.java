/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.List;
import java.util.Map;

/**
 * Parameters as the user gives them, by name ({@code --org 宛城区}, a combo box), before they are
 * resolved against the model. Null or empty means the default.
 *
 * @param asOf         a month, {@code 2004-08}
 * @param period       a period, {@code 2004}, {@code 2004H1}, {@code 2004Q3}
 * @param organisation an organisation's name, title or alias
 * @param indicators   indicators' names, titles or aliases
 * @param peerGroup    a peer group's name or title
 * @param options      the report's options by id
 * @since 1.0
 */
public record ParameterChoices(String asOf, String period, String organisation, List<String> indicators,
        String peerGroup, Map<String, String> options) {

    public ParameterChoices {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Every parameter at its default. */
    public static ParameterChoices defaults() {
        return new ParameterChoices(null, null, null, List.of(), null, Map.of());
    }
}
