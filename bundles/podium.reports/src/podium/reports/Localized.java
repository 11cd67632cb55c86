/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import java.util.Locale;

/** Chooses between the Chinese and English text of a contribution by the user's language. */
final class Localized {

    private Localized() {
    }

    static String pick(String chinese, String english) {
        boolean zh = "zh".equals(Locale.getDefault().getLanguage());
        if (zh) {
            return chinese != null && !chinese.isBlank() ? chinese : english;
        }
        return english != null && !english.isBlank() ? english : chinese;
    }
}
