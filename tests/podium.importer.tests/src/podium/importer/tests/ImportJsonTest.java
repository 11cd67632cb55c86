/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import podium.importer.ImportJson;
import podium.importer.ImportResult;

class ImportJsonTest {

    @Test
    void writesTheDocumentedShape() {
        ImportResult result = Imports.IMPORTER.importBytes("a.txt",
                "同志们：\n一、确保实际利用外资3750万美元，增速为%。\n全县排名比上月前移2位。".getBytes(StandardCharsets.UTF_8));
        assertThat(ImportJson.write(List.of(result))).isEqualTo("""
                [
                  {
                    "file": "a.txt",
                    "encoding": "UTF-8",
                    "repairs": 0,
                    "speeches": [
                      {
                        "title": null,
                        "meeting": null,
                        "speaker": null,
                        "date": null,
                        "text": "同志们：\\n一、确保实际利用外资3750万美元，增速为%。\\n全县排名比上月前移2位。",
                        "sections": [
                          {
                            "number": "一、",
                            "title": "确保实际利用外资3750万美元，增速为%",
                            "level": 1,
                            "children": []
                          }
                        ],
                        "figures": [
                          {
                            "indicator": "实际利用外资",
                            "organisation": null,
                            "value": 3750,
                            "unit": "万美元",
                            "qualifier": "guarantee",
                            "level": "guarantee",
                            "bound": "exact",
                            "role": "target",
                            "of": null,
                            "period": null,
                            "quote": "确保实际利用外资3750万美元",
                            "line": 2
                          },
                          {
                            "indicator": "实际利用外资",
                            "organisation": null,
                            "value": null,
                            "unit": "%",
                            "qualifier": "guarantee",
                            "level": "guarantee",
                            "bound": "exact",
                            "role": "growth",
                            "of": null,
                            "period": null,
                            "quote": "增速为%",
                            "line": 2
                          }
                        ],
                        "mentions": [
                          {
                            "kind": "movement",
                            "value": 2,
                            "unit": "位",
                            "quote": "前移2位。",
                            "line": 3
                          }
                        ],
                        "problems": [
                          {
                            "code": "missing-number",
                            "line": 2,
                            "message": "the number before \\"%\\" is missing; the website blanked it"
                          }
                        ]
                      }
                    ]
                  }
                ]
                """);
    }

    @Test
    void writesLevelAndBoundApartAndRanksWithTheirGroup() {
        ImportResult result = Imports.IMPORTER.importBytes("b.txt", ("同志们：\n出口力争控制在降幅5%以内。\n"
                + "进口额在全省18个地市中列第6位。").getBytes(StandardCharsets.UTF_8));
        String json = ImportJson.write(List.of(result));
        String indent = "\n            ";
        assertThat(json).contains("\"qualifier\": \"strive\"," + indent + "\"level\": \"strive\"," + indent
                + "\"bound\": \"at-most\",");
        assertThat(json).contains("\"unit\": null," + indent + "\"qualifier\": \"exact\"," + indent
                + "\"level\": null," + indent + "\"bound\": \"exact\"," + indent + "\"role\": \"rank\"," + indent
                + "\"of\": 18,");
    }

    @Test
    void escapesWhatJsonCannotHoldAsIs() {
        ImportResult result = Imports.IMPORTER.importBytes("dir\\\"q\".txt", "他说：\"好\"\t\u0001".getBytes(
                StandardCharsets.UTF_8));
        String json = ImportJson.write(List.of(result));
        assertThat(json).contains("\"file\": \"dir\\\\\\\"q\\\".txt\"").contains("\\t").contains("\\u0001");
    }

    @Test
    void anUndecodableFileHasNoEncodingAndNoSpeeches() {
        ImportResult result = Imports.IMPORTER.importBytes("b.txt", new byte[] {(byte) 0xFF, (byte) 0xFF});
        assertThat(ImportJson.write(List.of(result))).isEqualTo("""
                [
                  {
                    "file": "b.txt",
                    "encoding": null,
                    "repairs": 0,
                    "speeches": []
                  }
                ]
                """);
    }
}
