/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer;

import java.util.Locale;

/** Why a number of a speech is a mention and not a figure anybody tracks. */
public enum MentionKind {
    /** A place moved in a ranking: 较上月前移3位, 比上年前移两位. */
    MOVEMENT,
    /** An ordinal of a meeting, a congress, a session or an anniversary: 第三次全体会议, 四次人代会, 60周年. */
    ORDINAL,
    /**
     * A number inside a name, slogan or fixed formula: 十大民生工程, “三个代表”, 四套班子, 百万亩…改良, 二期项目, or a
     * small count that recaps what the sentence just named (A、B两个典型).
     */
    NAME,
    /** A count that announces the parts of the speech or of its argument: 两个方面, 三点意见, 五项重点工作, 12个问题. */
    ENUMERATION,
    /** A span of time told as narrative, not a deadline: 三年来, 经过四年多, 过去5年, 前5个月, 前五期. */
    SPAN,
    /** The size of the whole a statement refers to: 全省18个省辖市, 全县12个乡镇, 分解到14个县市区. */
    SCOPE;

    /**
     * The label used in JSON: {@code movement}, {@code ordinal}, {@code name}, {@code enumeration}, {@code span},
     * {@code scope}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
