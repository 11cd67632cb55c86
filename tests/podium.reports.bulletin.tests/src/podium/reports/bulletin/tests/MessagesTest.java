/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

import podium.reports.bulletin.internal.Document;
import podium.reports.bulletin.internal.Messages;
import podium.testing.MessageFiles;

/** The report's messages agree in both languages; the document's own words are all there. */
class MessagesTest {

    @Test
    void messagesInBothLanguages() throws Exception {
        assertThat(MessageFiles.problems(Messages.class)).isEmpty();
        assertThat(MessageFiles.chinese(Messages.class, "Template_error", "t.ftl", 3, 5, "x"))
                .isEqualTo("t.ftl:3:5: 通报模板有错误：x");
    }

    @Test
    void everyWordOfTheDocument() throws Exception {
        for (Field field : MessageFiles.fields(Document.class)) {
            assertThat((String) field.get(null)).as(field.getName()).isNotBlank().doesNotStartWith("NLS missing");
        }
        assertThat(Document.Note_ranks).isEqualTo("括号内数字为位次，并列者位次相同。");
    }
}
