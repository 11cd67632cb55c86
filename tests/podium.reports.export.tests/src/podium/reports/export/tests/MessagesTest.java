/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import podium.testing.MessageFiles;

/** The words the exports add, in English and Chinese: the pairs of message files agree. */
class MessagesTest {

    @Test
    void eachBundlesTwoFilesHaveEveryKeyWithTheSameArgumentsAndATranslation() throws IOException {
        assertThat(MessageFiles.problems(podium.reports.export.internal.Messages.class)).isEmpty();
        assertThat(MessageFiles.problems(podium.reports.export.office.internal.Messages.class)).isEmpty();
        assertThat(MessageFiles.problems(podium.reports.export.pdf.internal.Messages.class)).isEmpty();
    }

    @Test
    void aChineseWorkbenchSaysWhichFontToInstall() throws IOException {
        Class<?> pdf = podium.reports.export.pdf.internal.Messages.class;
        assertThat(MessageFiles.chinese(pdf, "Font_missing", "/x/simsun.ttc", MessageFiles.chinese(pdf, "Font_fromOption"),
                MessageFiles.chinese(pdf, "Font_howTo"))).isEqualTo("导出选项“font”指定的字体文件 /x/simsun.ttc 不存在。"
                        + "请安装一种中文 TrueType 字体（Debian/Ubuntu：sudo apt-get install fonts-wqy-zenhei），"
                        + "或用导出选项 font=/路径/字体.ttc 或环境变量 PODIUM_CJK_FONT 指定字体文件。");
        assertThat(MessageFiles.chinese(podium.reports.export.internal.Messages.class, "Omissions_heading"))
                .isEqualTo("未纳入本报表的内容");
        assertThat(MessageFiles.chinese(podium.reports.export.office.internal.Messages.class, "Parameter_separator"))
                .isEqualTo("；");
    }
}
