#!/usr/bin/env python3
"""Writes inputs of the same size for `podium validate` and for its peers (ledger, hledger, beancount).

  generate.py DIR [LINES]

DIR/podium/    base.podium (20 indicators, a city with 500 counties) and files of 10 000 `actual`
               lines each, LINES in all (default 100 000) -- the shape of benchmarks/lang's workspace.
DIR/journal.ledger    LINES lines: LINES/3 transactions of 3 lines over 500 accounts (ledger, hledger).
DIR/journal.beancount the same transactions for beancount, after an `open` line per account.
Everything is valid, so every tool reads, checks and reports nothing.
"""
import os
import sys

DIGITS = "零一二三四五六七八九"


def county(u):
    return "县" + "".join(DIGITS[int(c)] for c in str(u))


def indicator(file, which):
    return ("外资" if which == 0 else "出口") + chr(0xFF10 + file)


def podium(dir, lines):
    os.makedirs(dir, exist_ok=True)
    base = ['plan p "基准" period 2004 as-of 2004-12-31 for 市']
    for f in range(10):
        base.append(f'indicator {indicator(f, 0)} "实际利用外资" unit 万美元')
        base.append(f'indicator {indicator(f, 1)} "外贸出口" unit 万美元')
    base.append('org 市 "某市" city {')
    base += [f"\torg {county(u)} county" for u in range(500)]
    base.append("}")
    with open(os.path.join(dir, "base.podium"), "w", encoding="utf-8") as out:
        out.write("\n".join(base) + "\n")
    written, f = 0, 0
    while written < lines:
        rows = []
        u = 0
        while len(rows) < 10_000:
            for m in range(1, 13):
                if len(rows) == 10_000:
                    break
                rows.append(f"actual {indicator(f, u // 500)} {county(u % 500)} 2004-{m:02d} "
                            f"累计 {m * 10 + u % 7} last-year {m * 9}")
            u += 1
        with open(os.path.join(dir, f"actuals-{f}.podium"), "w", encoding="utf-8") as out:
            out.write("\n".join(rows) + "\n")
        written += len(rows)
        f += 1


def journals(dir, lines):
    transactions = lines // 3
    with open(os.path.join(dir, "journal.ledger"), "w", encoding="utf-8") as led, \
            open(os.path.join(dir, "journal.beancount"), "w", encoding="utf-8") as bean:
        bean.write('option "operating_currency" "CNY"\n')
        bean.write("2004-01-01 open Income:Exports\n")
        for a in range(500):
            bean.write(f"2004-01-01 open Assets:County:C{a:03d}\n")
        for t in range(transactions):
            day = 1 + t * 365 // transactions
            month, mday = divmod(day - 1, 31)
            month, mday = min(month + 1, 12), min(mday + 1, 28)
            amount = 10 + t % 97
            account = t % 500
            led.write(f"2004/{month:02d}/{mday:02d} export {t}\n"
                      f"    assets:county:c{account:03d}    {amount} CNY\n"
                      f"    income:exports\n")
            bean.write(f'2004-{month:02d}-{mday:02d} * "export {t}"\n'
                       f"  Assets:County:C{account:03d}  {amount} CNY\n"
                       f"  Income:Exports\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target, total = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    podium(os.path.join(target, "podium"), total)
    journals(target, total)
