#!/usr/bin/env python3
"""Writes a CSV of existing registrations for POST /api/v1/filings/import: N apps of N/5 providers with
Chinese names, every category and platform, valid credit codes (both check characters). Usage:
generate_registrations.py N > file.csv"""
import random
import sys

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
CHARS = "学习课堂数学语文英语物理化学生物历史地理音乐美术体育编程阅读写作口语听力家校成长作业练习考试题库智慧校园云端宝典乐园星球小帮手少年儿童中小高明日知行思源启航博雅"
WORDS = ["同步课堂", "家校通", "智慧校园", "阅读乐园", "口语练习", "编程启蒙", "体育打卡", "美术课", "音乐学堂", "作业帮手", "成长记录", "科学实验"]
PREFIX = ["北京", "海淀", "朝阳", "东城", "西城", "丰台", "昌平", "通州"]
SUFFIX = ["教育科技有限公司", "文化传播有限公司", "教育基金会", "培训学校", "信息技术有限公司"]
REGIONS = ["110101", "110102", "110105", "110106", "110108", "110112", "110114"]


def credit_code(authority_kind, region, rnd):
    org = "".join(rnd.choice(ALPHABET) for _ in range(8))
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, ORG_WEIGHTS))
    check = 11 - total % 11
    org += "X" if check == 10 else "0" if check == 11 else str(check)
    first17 = authority_kind + region + org
    s = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - s % 31) % 31]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rnd = random.Random(20261128)
    providers = []
    for i in range(max(1, n // 5)):
        non_profit = i % 3 == 0
        code = credit_code("52" if non_profit else "91", rnd.choice(REGIONS), rnd)
        name = rnd.choice(PREFIX) + "".join(rnd.choice(CHARS) for _ in range(2)) + rnd.choice(SUFFIX) + str(i)
        providers.append((name, code, "NON_PROFIT" if non_profit else "FOR_PROFIT"))
    out = sys.stdout
    out.write("filingNumber,appName,providerName,creditCode,legalPersonType,category,platform,identifier,audiences,"
              "offersSubjectTraining,registeredAt\n")
    platforms = ["ANDROID", "IOS", "HARMONYOS", "MINI_PROGRAM", "H5"]
    for i in range(n):
        name, code, kind = providers[i % len(providers)]
        subject = kind == "NON_PROFIT" and i % 2 == 0
        platform = platforms[i % len(platforms)]
        ident = {"ANDROID": f"cn.gen.app{i}", "IOS": f"cn.gen.ios{i}", "HARMONYOS": f"cn.gen.hm{i}",
                 "MINI_PROGRAM": f"wxgen{i:012d}", "H5": f"https://gen{i}.example.cn/"}[platform]
        app = "".join(rnd.choice(CHARS) for _ in range(2)) + rnd.choice(WORDS) + str(i)
        audiences = "JUNIOR_SECONDARY" if subject else rnd.choice(["PRIMARY;PARENTS", "TEACHERS", "SENIOR_SECONDARY", "VOCATIONAL"])
        year = 2019 + i % 7
        out.write(f"教APP备11{i % 100000:05d}号,{app},{name},{code},{kind},"
                  f"{'SUBJECT_TRAINING' if subject else 'NON_SUBJECT_TRAINING'},{platform},{ident},{audiences},"
                  f"{'true' if subject else 'false'},{year}-{1 + i % 12:02d}-{1 + i % 28:02d}\n")


if __name__ == "__main__":
    main()
