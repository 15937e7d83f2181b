#!/usr/bin/env python3
"""National-size data through the running service's real APIs (issue 11), python3 standard library only.

At --scale 1.0 (volumes shrink proportionally with --scale):
  apps        100,000 registered apps of 20,000 providers   POST /api/v1/filings/import (city-reviewer, CSV from
                                                            generate_registrations.py); skipped when the white list
                                                            already holds them
  institutions 5,000 (16 districts, units under the city,   POST /api/v1/institutions, POST /api/v1/institutions/{id}/accounts
              schools of every kind), one account each      (city-reviewer for districts and units, each district's
                                                            admin for its schools)
  use filings 200,000 (about 40 per institution)            POST /api/v1/usage-filings as the institution's account
  complaints  50,000, about 70 % handled                    POST /api/v1/public/complaints; staff: GET /api/v1/complaints,
                                                            GET /api/v1/complaints/{id}, POST .../{id}/resolve, .../{id}/reassign
  audit       topped up to 1,000,000 entries                ending and re-filing use (POST /api/v1/usage-filings/{id}/end +
                                                            POST /api/v1/usage-filings), complaint contact views, login +
                                                            logout; the total is read from GET /api/v1/audit?size=1

Deterministic (fixed seed); every creating POST carries an Idempotency-Key derived from the seed and the item,
so a rerun against the same data replays instead of doubling. Retries 429/503 (Retry-After, backoff),
connection errors and other 5xx.

Usage: generate_national.py [--base http://localhost:8080] [--scale 1.0] [--workers 12] [--seed 20261128]
       generate_national.py --base URL --counts-only       (just print the row counts)
       --apps N imports N apps whatever the scale (to time the rest against a full-size white list)
       --cycle-share 0.7: share of the audit top-up from ending and re-filing use (the rest: contact views, logins)
"""
import argparse
import csv
import http.client
import io
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, FIRST_COMPLETED, wait
from datetime import date, timedelta

FULL = {"apps": 100_000, "institutions": 5_000, "use_filings": 200_000, "complaints": 50_000, "audit": 1_000_000}
DEMO_PASSWORD = "Demo-Passw0rd!"
GEN_PASSWORD = "Gen-Passw0rd!2026"  # 等保 policy: 12+ characters, 4 classes, never containing the username
HERE = os.path.dirname(os.path.abspath(__file__))

# Beijing's 16 districts (GB/T 2260) and roughly how many schools each has, for the spread of schools
DISTRICTS = [("东城区", "110101", 5), ("西城区", "110102", 6), ("朝阳区", "110105", 12), ("丰台区", "110106", 8),
             ("石景山区", "110107", 3), ("海淀区", "110108", 12), ("门头沟区", "110109", 2), ("房山区", "110111", 6),
             ("通州区", "110112", 7), ("顺义区", "110113", 6), ("昌平区", "110114", 8), ("大兴区", "110115", 7),
             ("怀柔区", "110116", 3), ("平谷区", "110117", 3), ("密云区", "110118", 3), ("延庆区", "110119", 2)]
DEMO_DISTRICT = "海淀区"  # the demo seed holds 海淀区教育委员会 (district-haidian) and one school (school-haidian-1)


class Failure(Exception):
    def __init__(self, kind, status, body):
        super().__init__(f"{kind}: HTTP {status} {str(body)[:300]}")
        self.status, self.body = status, body


# ---------------------------------------------------------------- HTTP, retries, accounts, figures

class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.ok = defaultdict(int)
        self.replayed = defaultdict(int)
        self.existing = defaultdict(int)
        self.failed = defaultdict(int)
        self.retries = defaultdict(int)
        self.busy = defaultdict(float)   # wall-clock seconds of the phases that did this kind
        self.samples = []

    def add(self, bucket, kind, n=1):
        with self.lock:
            getattr(self, bucket)[kind] += n

    def fail(self, kind, message):
        with self.lock:
            self.failed[kind] += 1
            if len(self.samples) < 20:
                self.samples.append(f"{kind}: {message}")


STATS = Stats()


class Api:
    """One persistent HTTP/1.1 connection per worker thread."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.local = threading.local()

    def _conn(self, timeout):
        c = getattr(self.local, "conn", None)
        if c is None or getattr(self.local, "timeout", None) != timeout:
            if c is not None:
                c.close()
            c = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            self.local.conn, self.local.timeout = c, timeout
        return c

    def _drop(self):
        c = getattr(self.local, "conn", None)
        if c is not None:
            c.close()
        self.local.conn = None

    def request(self, method, path, body=None, token=None, key=None, ctype="application/json", kind="http",
                timeout=120):
        """(status, parsed body, replayed). Retries 429/503 (Retry-After), other 5xx and broken connections."""
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = ctype
        elif method == "POST":
            data = b""
        if token:
            headers["Authorization"] = "Bearer " + token
        if key:
            headers["Idempotency-Key"] = key
        delay = 0.5
        for attempt in range(12):
            try:
                c = self._conn(timeout)
                c.request(method, path, body=data, headers=headers)
                r = c.getresponse()
                raw = r.read()
                status = r.status
                retry_after = r.getheader("Retry-After")
                replayed = r.getheader("Idempotent-Replayed") == "true"
                if r.getheader("Connection", "").lower() == "close":
                    self._drop()
            except (http.client.HTTPException, ConnectionError, OSError) as e:
                self._drop()
                STATS.add("retries", kind)
                if attempt >= 5:
                    raise Failure(kind, "connection", repr(e))
                time.sleep(delay)
                delay = min(delay * 2, 10)
                continue
            if status in (429, 503) or (status >= 500 and attempt < 3):
                STATS.add("retries", kind)
                wait_s = delay
                if retry_after and retry_after.isdigit():
                    wait_s = max(wait_s, int(retry_after))
                time.sleep(wait_s)
                delay = min(delay * 2, 10)
                continue
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = raw.decode("utf-8", "replace")
            return status, parsed, replayed
        raise Failure(kind, status, "gave up after retries")


class Account:
    """An account's bearer token, fetched on first use and again when the service answers 401 (idle expiry)."""

    def __init__(self, api, username, password):
        self.api, self.username, self.password = api, username, password
        self.token, self.org = None, None
        self.lock = threading.Lock()

    def login(self):
        status, body, _ = self.api.request("POST", "/api/v1/auth/login",
                                           {"username": self.username, "password": self.password}, kind="login")
        if status != 200:
            STATS.fail("login", f"{self.username}: HTTP {status} {body}")
            raise Failure("login", status, body)
        STATS.add("ok", "login")
        self.token, self.org = body["token"], body["organisationId"]

    def call(self, method, path, body=None, key=None, kind="http", ok=(200, 201), ctype="application/json",
             timeout=120):
        with self.lock:
            if self.token is None:
                self.login()
            token = self.token
        status, parsed, replayed = self.api.request(method, path, body, token, key, ctype, kind, timeout)
        if status == 401:
            with self.lock:
                if self.token == token:
                    self.login()
                token = self.token
            status, parsed, replayed = self.api.request(method, path, body, token, key, ctype, kind, timeout)
        return status, parsed, replayed


def created(kind, status, body, replayed, ok=(200, 201)):
    """Counts one creating call; True when it created (or replayed) the thing."""
    if status in ok:
        STATS.add("replayed" if replayed else "ok", kind)
        return True
    STATS.fail(kind, f"HTTP {status} {json.dumps(body, ensure_ascii=False)[:300]}")
    return False


class Progress:
    def __init__(self, label, total):
        self.label, self.total, self.done = label, total, 0
        self.start = self.last = time.monotonic()
        self.lock = threading.Lock()

    def tick(self, n=1):
        with self.lock:
            self.done += n
            now = time.monotonic()
            if now - self.last >= 10 or self.done == self.total:
                self.last = now
                el = now - self.start
                rate = self.done / el if el > 0 else 0
                eta = (self.total - self.done) / rate if rate > 0 else 0
                print(f"  {self.label}: {self.done}/{self.total}  {rate:.0f}/s  eta {eta:.0f} s", flush=True)


def parallel(items, fn, workers, label, total=None):
    """fn(item) for each item on a pool, at most 4 per worker in flight; exceptions counted as failures."""
    items = list(items) if total is None else items
    progress = Progress(label, total if total is not None else len(items))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = set()

        def collect(done):
            for f in done:
                e = f.exception()
                if e is not None:
                    STATS.fail(label, repr(e)[:300])
                progress.tick()

        for item in items:
            pending.add(pool.submit(fn, item))
            if len(pending) >= workers * 4:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                collect(done)
        done, _ = wait(pending)
        collect(done)
    return progress


def R(seed, *parts):
    return random.Random(f"{seed}:" + ":".join(map(str, parts)))


def page_all(account, path, kind, size=200):
    """Every item of a paged list (the service caps size at 200)."""
    items, page = [], 0
    while True:
        sep = "&" if "?" in path else "?"
        status, body, _ = account.call("GET", f"{path}{sep}page={page}&size={size}", kind=kind)
        if status != 200:
            raise Failure(kind, status, body)
        items.extend(body["items"])
        if (page + 1) * size >= body["total"] or not body["items"]:
            return items
        page += 1


# ---------------------------------------------------------------- Chinese texts

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然子涵梓萱一诺欣怡思远博文雨泽晨曦佳怡"
SCHOOL_WORDS = ["实验", "育才", "育英", "星河", "光明", "芳草地", "史家", "中关村", "翠微", "京源", "花园村", "红英", "求实",
                "青塔", "新源里", "和平里", "朝阳门", "崇文门", "府学胡同", "景山", "北海", "前门", "永定门", "回龙观", "天通苑",
                "亦庄", "梨园", "运河", "潞河", "牛栏山", "龙潭", "长辛店", "卢沟桥", "八角", "古城", "鲁谷", "万寿路", "玉泉",
                "清河", "上地", "西山", "香山", "燕园", "双榆树", "知春里", "望京", "酒仙桥", "双井", "劲松", "团结湖", "左家庄",
                "和平街", "樱花园", "安华里", "黄城根", "复兴门", "三里河", "白纸坊", "陶然亭", "宣武门", "东四", "交道口",
                "马甸", "六里屯", "东坝", "金盏", "孙河", "良乡", "窦店", "张家湾", "宋庄", "仁和", "石园", "城北", "南口",
                "沙河", "黄村", "庞各庄", "雁栖", "渔阳", "檀营", "永宁", "妫水", "滨河", "阳光", "希望", "启明", "致远", "明德",
                "弘毅", "博雅", "新星", "春晖", "晨光", "青苗", "雏鹰", "树人"]
SCHOOL_KINDS = [("小学", 34), ("中学", 12), ("第{n}中学", 6), ("第{n}小学", 6), ("高级中学", 4), ("九年一贯制学校", 7),
                ("十二年一贯制学校", 2), ("幼儿园", 20), ("中心幼儿园", 3), ("中等职业学校", 3), ("特殊教育学校", 1),
                ("外国语学校", 2)]
UNIT_NAMES = ["北京市{w}职业技术学校", "北京教育学院附属{w}学校", "北京市{w}特殊教育学校", "北京市{w}工读学校",
              "北京市{w}少年宫", "北京市{w}青少年科技馆", "北京市{w}外国语学校", "北京市{w}艺术职业学校"]
CN_DIGITS = "零一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 100] + "百" + ("零" + CN_DIGITS[n % 10] if n % 100 < 10 and n % 100 else cn_number(n % 100) if n % 100 else "")


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


PURPOSES = ["课堂教学互动与随堂测验", "布置和批改课后作业", "家校沟通与通知发布", "学生综合素质评价记录", "课后服务选课与考勤",
            "英语听说练习", "数学分层练习", "阅读打卡与整本书阅读", "体育锻炼打卡与体质健康监测", "编程与人工智能启蒙课程",
            "教师备课与教研", "学生心理健康测评", "校园安全与考勤管理", "幼儿成长档案与家园共育", "实验教学视频资源",
            "艺术课程资源与展示", "寒暑假实践活动记录", "学生作品展示与评价"]
APPROVERS = ["校长办公会", "学校教学委员会", "校务委员会", "学校信息化工作领导小组", "家长委员会与校务会联席会议",
             "学校党组织会议", "区教委信息中心", "园务委员会"]
END_REASONS = ["学期结束，停止使用", "合同到期未续签", "改用统一选用的其他应用", "课程调整，不再需要", "家长反馈负担较重，停止使用",
               "学校信息化方案调整"]
UNFILED_NAMES = ["学霸速成", "题题通", "作业神器", "秒答", "满分冲刺", "口算王", "搜题宝", "名师一对一", "提分宝典", "学神笔记",
                 "刷题大师", "考霸", "课外辅导通", "AI家教", "速记单词王"]
COMPLAINT_CATEGORIES = [("UNFILED_APP", 18), ("ADVERTISING", 12), ("GAME_LINKS", 6), ("PHOTO_SEARCH", 6),
                        ("UNLICENSED_SUBJECT_TRAINING", 10), ("PERSONAL_INFORMATION", 14), ("HARMFUL_CONTENT", 6),
                        ("FEES", 12), ("OTHER", 6), ("ICP_FILING", 5), ("APP_STORE_LISTING", 5)]
COMPLAINT_TEXTS = {
    "UNFILED_APP": ["学校要求孩子使用“{app}”完成作业，但在备案公示中查不到这个应用。",
                    "老师在家长群里推荐下载“{app}”，我查了白名单没有它，请核实是否备案。"],
    "ADVERTISING": ["“{app}”在学习页面频繁弹出游戏和网贷广告，孩子很容易误点。",
                    "使用“{app}”做练习时每道题之间都插播视频广告，无法跳过。"],
    "GAME_LINKS": ["“{app}”里有网络游戏的入口和链接，孩子做完作业就去玩游戏。",
                   "“{app}”的积分可以兑换游戏道具，变相引导学生玩游戏。"],
    "PHOTO_SEARCH": ["“{app}”有拍照搜题功能，孩子直接抄答案，违反规定。",
                     "学校推荐的“{app}”新版本加入了拍照搜题，请核查。"],
    "UNLICENSED_SUBJECT_TRAINING": ["“{app}”在周末和假期开设数学、英语学科类直播课并收费，不清楚是否有许可。",
                                    "“{app}”推销学科一对一辅导课程，宣称提分保过。"],
    "PERSONAL_INFORMATION": ["“{app}”注册时要求填写孩子身份证号和家庭住址，且没有监护人同意环节。",
                             "使用“{app}”后频繁接到培训机构推销电话，怀疑个人信息被泄露。"],
    "HARMFUL_CONTENT": ["“{app}”的社区板块出现不适合未成年人的内容，无人审核。",
                        "“{app}”推送的阅读材料里有低俗内容。"],
    "FEES": ["学校统一使用的“{app}”要求家长另外付费开通会员才能完成作业。",
             "“{app}”自动续费，退款困难，学校说是统一选用的。"],
    "OTHER": ["“{app}”经常闪退，作业提交不上，老师却按未交处理。",
              "“{app}”每天推送消息太多，影响孩子休息。"],
    "ICP_FILING": ["“{app}”网站底部没有ICP备案号，请核实。", "“{app}”的ICP备案主体与应用提供者不一致。"],
    "APP_STORE_LISTING": ["应用商店里有冒充“{app}”的山寨应用，图标和名称几乎一样。",
                          "“{app}”已被通报整改，但应用商店仍可下载旧版本。"],
}
FEEDBACK = {
    "SUBSTANTIATED": "经核查，您反映的问题属实，已责令提供者限期整改，感谢您的监督。",
    "UNSUBSTANTIATED": "经核查，未发现您反映的问题，如有新的证据请再次提交。",
    "OUT_OF_SCOPE": "您反映的问题不属于本部门受理范围，建议向有关部门反映。",
    "REFERRED": "您反映的问题已转交有关部门处理，请留意后续反馈。",
}


# ---------------------------------------------------------------- the generator

class Generator:

    def __init__(self, args):
        self.args = args
        self.seed = args.seed
        self.api = Api(args.base)
        self.workers = args.workers
        s = args.scale
        self.n_apps = args.apps or max(50, round(FULL["apps"] * s))
        self.n_institutions = max(len(DISTRICTS) + 4, round(FULL["institutions"] * s))
        self.n_use = round(FULL["use_filings"] * s)
        self.n_complaints = round(FULL["complaints"] * s)
        self.n_audit = round(FULL["audit"] * s)
        self.city = Account(self.api, "city-reviewer", DEMO_PASSWORD)
        self.agency_accounts = {"EDUCATION_COMMISSION": self.city,
                                "CA": Account(self.api, "ca-officer", DEMO_PASSWORD),
                                "CAC": Account(self.api, "cac-officer", DEMO_PASSWORD)}
        self.apps = []            # rows of the imported CSV
        self.institutions = []    # dicts: key, id, name, kind, district, account (Account)
        self.uses = []            # [institution, use id, filing number]; the use id changes when re-filed
        self.complaints = {}      # trackingNumber -> {"i", "contact", "accessCode"}
        self.phase_times = {}

    def key(self, *parts):
        return f"gen-national-{self.seed}-" + "-".join(map(str, parts))

    def phase(self, name, fn):
        print(f"== {name}", flush=True)
        t = time.monotonic()
        fn()
        self.phase_times[name] = time.monotonic() - t
        print(f"   {name} took {self.phase_times[name]:.1f} s", flush=True)

    # ---- 1. apps through the CSV import

    def load_apps(self):
        out = subprocess.run([sys.executable, os.path.join(HERE, "generate_registrations.py"), str(self.n_apps)],
                             check=True, capture_output=True).stdout
        self.apps = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
        self.csv_bytes = out

    def whitelist_total(self):
        status, body, _ = self.api.request("GET", "/api/v1/public/whitelist?size=1", kind="whitelist")
        if status != 200:
            raise Failure("whitelist", status, body)
        return body["total"]

    def import_apps(self):
        self.load_apps()
        last = urllib.parse.quote(self.apps[-1]["filingNumber"])
        status, _, _ = self.api.request("GET", f"/api/v1/public/filings/{last}", kind="public-filing")
        if self.whitelist_total() >= self.n_apps and status == 200:
            print(f"  the white list already holds {self.n_apps} apps: import skipped")
            return
        # no Idempotency-Key: the import skips numbers it holds already, and a replay would hide what it did
        t = time.monotonic()
        status, body, _ = self.city.call("POST", "/api/v1/filings/import", self.csv_bytes, ctype="text/csv",
                                         kind="import", timeout=1800)
        if status != 200:
            STATS.fail("import", f"HTTP {status} {body}")
            raise Failure("import", status, body)
        for r in body["rejected"][:5]:
            STATS.fail("import", f"rejected line {r}")
        STATS.add("ok", "import-row", body["imported"])
        STATS.add("existing", "import-row", body["skipped"])
        print(f"  import: {body['imported']} rows imported, {body['skipped']} skipped, {len(body['rejected'])} rejected "
              f"in {time.monotonic() - t:.1f} s")
        while self.whitelist_total() < self.n_apps:  # the public lists follow by events
            time.sleep(1)
        print(f"  white list complete after {time.monotonic() - t:.1f} s")

    # ---- 2. institutions and their accounts

    def create_institution(self, actor, body, key, kind_label):
        status, resp, replayed = actor.call("POST", "/api/v1/institutions", body, key=key, kind=kind_label)
        if status == 409:  # created by an earlier run under another key: find it by name
            found = [i for i in page_all(actor, "/api/v1/institutions?q=" + urllib.parse.quote(body["name"]), kind_label)
                     if i["name"] == body["name"]]
            if found:
                STATS.add("existing", kind_label)
                return found[0]
        return resp if created(kind_label, status, resp, replayed) else None

    def create_account(self, actor, institution_id, username, role, key):
        body = {"username": username, "password": GEN_PASSWORD, "role": role}
        status, resp, replayed = actor.call("POST", f"/api/v1/institutions/{institution_id}/accounts", body, key=key,
                                            kind="account")
        if status == 409:  # the username is ours from an earlier run
            STATS.add("existing", "account")
            return True
        return created("account", status, resp, replayed)

    def create_institutions(self):
        rng = R(self.seed, "institutions")
        existing = {i["name"]: i for i in page_all(self.city, "/api/v1/institutions?kind=DISTRICT", "institution")}
        districts = {}
        for name, code, _ in DISTRICTS:
            full = name + "教育委员会"
            if name == DEMO_DISTRICT:
                acc = Account(self.api, "district-haidian", DEMO_PASSWORD)
                inst = existing.get(full)
                if inst is None:
                    acc.login()
                    inst = {"id": acc.org, "name": full}
                districts[name] = {"key": "demo-haidian", "id": inst["id"], "name": full, "kind": "DISTRICT",
                                   "district": name, "account": acc}
                continue
            inst = existing.get(full) or self.create_institution(
                self.city, {"name": full, "kind": "DISTRICT", "districtCode": code}, self.key("district", code),
                "institution")
            if inst is None:
                continue
            username = f"gen-district-{code}"
            if self.create_account(self.city, inst["id"], username, "DISTRICT_ADMIN", self.key("account", username)):
                districts[name] = {"key": f"d{code}", "id": inst["id"], "name": full, "kind": "DISTRICT",
                                   "district": name, "account": Account(self.api, username, GEN_PASSWORD)}
        self.institutions.extend(districts.values())
        self.institutions.append({"key": "demo-school", "id": None, "name": "北京市海淀区示范第一小学", "kind": "SCHOOL",
                                  "district": DEMO_DISTRICT,
                                  "account": Account(self.api, "school-haidian-1", DEMO_PASSWORD)})

        # what is left after 16 districts and the demo school: 2 % units under the city, the rest schools
        rest = self.n_institutions - len(DISTRICTS) - 1
        n_units = max(1, rest // 50)
        n_schools = rest - n_units
        names = {"北京市海淀区示范第一小学"}
        plan = []
        for u in range(n_units):
            name = base = rng.choice(UNIT_NAMES).format(w=rng.choice(SCHOOL_WORDS))
            branch = 1
            while name in names:  # a second unit of the same name is its branch
                branch += 1
                name = f"{base}（{cn_number(branch)}部）"
            names.add(name)
            plan.append(("unit", u, name, None))
        dweights = [(d, w) for d, _, w in DISTRICTS if d in districts]
        counters = defaultdict(int)
        for s in range(n_schools):
            d = weighted(rng, dweights)
            kind = weighted(rng, SCHOOL_KINDS)
            if "{n}" in kind:
                counters[(d, kind)] += 1
                name = f"北京市{d}" + kind.format(n=cn_number(counters[(d, kind)]))
            else:
                name = f"北京市{d}{rng.choice(SCHOOL_WORDS)}{kind}"
            campus = 1
            base = name
            while name in names:
                campus += 1
                name = f"{base}（{cn_number(campus)}校区）" if "幼儿园" not in base else f"{base}{cn_number(campus)}园"
            names.add(name)
            plan.append(("school", s, name, d))

        created_lock = threading.Lock()

        def make(item):
            what, idx, name, d = item
            if what == "unit":
                actor, body, role, kind = self.city, {"name": name, "kind": "DIRECT_UNIT"}, "SCHOOL_ADMIN", "DIRECT_UNIT"
                username = f"gen-unit-{idx:04d}"
            else:
                actor, body, role, kind = districts[d]["account"], {"name": name, "kind": "SCHOOL"}, "SCHOOL_ADMIN", "SCHOOL"
                username = f"gen-school-{idx:05d}"
            inst = self.create_institution(actor, body, self.key(what, idx), "institution")
            if inst is None:
                return
            if self.create_account(actor, inst["id"], username, role, self.key("account", username)):
                with created_lock:
                    self.institutions.append({"key": f"{what}{idx}", "id": inst["id"], "name": name, "kind": kind,
                                              "district": d, "account": Account(self.api, username, GEN_PASSWORD)})

        parallel(plan, make, self.workers, "institutions+accounts")
        self.institutions.sort(key=lambda i: i["key"])

    # ---- 3. use filings

    def use_body(self, rng, number):
        unified = rng.random() < 0.6
        return {"filingNumber": number, "purpose": rng.choice(PURPOSES), "unifiedSelection": unified,
                "chargesStudents": (not unified) and rng.random() < 0.15,
                "selectionApprovedBy": rng.choice(APPROVERS),
                "selectionDate": (date(2023, 1, 1) + timedelta(days=rng.randrange(1000))).isoformat()}

    def file_uses(self):
        insts = self.institutions
        per, extra = divmod(self.n_use, len(insts))
        plan = []
        for n, inst in enumerate(insts):
            k = min(per + (1 if n < extra else 0), len(self.apps))
            rng = R(self.seed, "use", inst["key"])
            chosen, seen = [], set()
            while len(chosen) < k:
                idx = int(len(self.apps) * rng.random() ** 2)  # a few apps popular, a long tail
                if idx not in seen:
                    seen.add(idx)
                    chosen.append(idx)
            for j, idx in enumerate(chosen):
                plan.append((inst, j, self.apps[idx]["filingNumber"]))
        lock = threading.Lock()

        def one(item):
            inst, j, number = item
            body = self.use_body(R(self.seed, "use-body", inst["key"], j), number)
            status, resp, replayed = inst["account"].call("POST", "/api/v1/usage-filings", body,
                                                          key=self.key("use", inst["key"], j), kind="use-filing")
            if status == 409:   # live already (filed by an earlier run under another key)
                STATS.add("existing", "use-filing")
                uid = self.live_use(inst, number)
            elif created("use-filing", status, resp, replayed):
                uid = resp["id"]
            else:
                return
            with lock:
                self.uses.append([inst, uid, number])

        parallel(plan, one, self.workers, "use filings")
        self.uses.sort(key=lambda u: (u[0]["key"], u[2]))

    def live_use(self, inst, number):
        path = "/api/v1/usage-filings?filingNumber=" + urllib.parse.quote(number)
        for u in page_all(inst["account"], path, "use-lookup"):
            if u["status"] != "ENDED" and u["filingNumber"] == number:
                return u["id"]
        return None

    # ---- 4. complaints

    def complaint_body(self, i):
        rng = R(self.seed, "complaint", i)
        category = weighted(rng, COMPLAINT_CATEGORIES)
        identifier = None
        if category == "UNFILED_APP" or rng.random() < 0.12:
            app = rng.choice("学习作业口算英语阅读数学") + rng.choice(UNFILED_NAMES) + rng.choice(["", "Pro", "学生版", "HD", "2024"])
            if rng.random() < 0.5:
                identifier = f"com.unfiled.{rng.choice(['study', 'homework', 'tutor', 'quiz'])}{i}"
        else:
            row = self.apps[int(len(self.apps) * rng.random() ** 2)]
            app = row["appName"]
            x = rng.random()
            identifier = row["filingNumber"] if x < 0.5 else row["identifier"] if x < 0.75 else None
        body = {"category": category, "appName": app,
                "description": rng.choice(COMPLAINT_TEXTS[category]).format(app=app)
                + rng.choice(["", "请尽快处理。", "希望有关部门核查。", "已向学校反映，未解决。", "谢谢！"])}
        if identifier:
            body["identifier"] = identifier
        contact = rng.random() < 0.65
        if contact:
            c = {"name": rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2]))),
                 "phone": "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))}
            if rng.random() < 0.4:
                c["email"] = f"parent{i}@example.cn"
            body["contact"] = c
        return body, contact

    def submit_complaints(self):
        lock = threading.Lock()

        def one(i):
            body, contact = self.complaint_body(i)
            status, resp, replayed = self.api.request("POST", "/api/v1/public/complaints", body,
                                                      key=self.key("complaint", i), kind="complaint")
            if created("complaint", status, resp, replayed):
                with lock:
                    self.complaints[resp["trackingNumber"]] = {"i": i, "contact": contact,
                                                               "accessCode": resp["accessCode"]}

        parallel(range(self.n_complaints), one, self.workers, "complaints")

    def handle_complaints(self):
        """The agencies work their queues: about 70 % resolved (each opened first), 4 % handed to another agency."""
        open_items = []
        for agency, acc in self.agency_accounts.items():
            items = page_all(acc, "/api/v1/complaints?status=RECEIVED", "complaint-list")
            open_items += [(agency, c) for c in items if c["trackingNumber"] in self.complaints]
        default_agency = {"ICP_FILING": "CA", "APP_STORE_LISTING": "CAC"}

        def one(item):
            agency, c = item
            acc = self.agency_accounts[agency]
            rng = R(self.seed, "handle", self.complaints[c["trackingNumber"]]["i"])
            u = rng.random()
            routed = default_agency.get(c["category"], "EDUCATION_COMMISSION")
            if agency != routed:            # handed over earlier: the receiving agency resolves half
                if rng.random() < 0.5:
                    self.resolve(acc, c, rng)
                return
            if u < 0.04 and agency == "EDUCATION_COMMISSION":
                to = "CAC" if c["category"] in ("ADVERTISING", "GAME_LINKS", "HARMFUL_CONTENT") else "CA"
                self.view(acc, c["id"])
                status, resp, _ = acc.call("POST", f"/api/v1/complaints/{c['id']}/reassign",
                                           {"agency": to, "reason": "涉及应用商店上架或ICP备案事项，转交主管部门处理"},
                                           kind="complaint-reassign")
                if created("complaint-reassign", status, resp, False) and rng.random() < 0.5:
                    self.resolve(self.agency_accounts[to], c, rng)
            elif u < 0.74:
                self.view(acc, c["id"])
                self.resolve(acc, c, rng)

        parallel(open_items, one, self.workers, "complaint handling")

    def view(self, acc, cid):
        status, resp, _ = acc.call("GET", f"/api/v1/complaints/{cid}", kind="complaint-view")
        created("complaint-view", status, resp, False, ok=(200,))

    def resolve(self, acc, c, rng):
        outcome = weighted(rng, [("SUBSTANTIATED", 35), ("UNSUBSTANTIATED", 35), ("OUT_OF_SCOPE", 12), ("REFERRED", 18)])
        body = {"outcome": outcome, "feedback": FEEDBACK[outcome]}
        if rng.random() < 0.3:
            body["internalNote"] = rng.choice(["已电话联系投诉人核实", "已约谈提供者", "调取应用截图存档", "与区教委会商"])
        status, resp, _ = acc.call("POST", f"/api/v1/complaints/{c['id']}/resolve", body, kind="complaint-resolve")
        if status == 409:  # resolved meanwhile
            STATS.add("existing", "complaint-resolve")
            return
        created("complaint-resolve", status, resp, False)

    def track_complaints(self):
        """Some complainants look their complaint up with tracking number and access code (public, not audited)."""
        sample = [tn for tn, c in sorted(self.complaints.items(), key=lambda x: x[1]["i"])
                  if R(self.seed, "track", c["i"]).random() < 0.1]

        def one(tn):
            code = urllib.parse.quote(self.complaints[tn]["accessCode"])
            status, resp, _ = self.api.request("GET", f"/api/v1/public/complaints/{tn}?accessCode={code}",
                                               kind="complaint-track")
            created("complaint-track", status, resp, False, ok=(200,))

        parallel(sample, one, self.workers, "complainants tracking")

    # ---- 5. the audit trail

    def audit_total(self):
        status, body, _ = self.city.call("GET", "/api/v1/audit?size=1", kind="audit-count")
        if status != 200:
            raise Failure("audit-count", status, body)
        return body["total"]

    def top_up_audit(self):
        total = first = self.audit_total()
        t0 = time.monotonic()
        print(f"  audit entries now {total}, target {self.n_audit}")
        contact_complaints = None
        for rnd in range(20):
            deficit = self.n_audit - total
            if deficit <= 0:
                break
            # --cycle-share (70 %) of the missing entries from ending and re-filing use (2 each), 2 % from logins
            # with logout (2 each; BCrypt makes a login cost ~100 ms of CPU), the rest complaint contact views
            cycles = min(len(self.uses), int(deficit * self.args.cycle_share) // 2)
            logins = min(len(self.institutions) * 4, int(deficit * 0.02) // 2)
            views = deficit - 2 * cycles - 2 * logins
            if contact_complaints is None and views > 0:
                contact_complaints = []
                for agency, acc in self.agency_accounts.items():
                    contact_complaints += [(acc, c["id"]) for c in page_all(acc, "/api/v1/complaints", "complaint-list")
                                           if self.complaints.get(c["trackingNumber"], {}).get("contact")]
            if not contact_complaints:
                cycles = min(len(self.uses), (deficit + 1) // 2)
                views = 0
            rng = R(self.seed, "topup", total)
            tasks = [("cycle", u) for u in rng.sample(self.uses, cycles)]
            tasks += [("view", rng.choice(contact_complaints)) for _ in range(max(0, views))]
            tasks += [("login", rng.choice(self.institutions)) for _ in range(logins)]
            rng.shuffle(tasks)
            print(f"  round {rnd + 1}: {cycles} end+re-file, {max(0, views)} contact views, {logins} login+logout")
            parallel(tasks, self.audit_action, self.workers, "audit top-up")
            after = self.audit_total()
            if after <= total:
                print("  the audit trail did not grow: stopping")
                break
            total = after
        el = time.monotonic() - t0
        self.audit_added = (total - first, el)
        print(f"  audit entries now {total} (target {self.n_audit}); {total - first} added in {el:.1f} s"
              + (f" = {(total - first) / el:.0f} entries/s" if el > 0 else ""))

    def audit_action(self, task):
        what, x = task
        if what == "view":
            acc, cid = x
            self.view(acc, cid)
        elif what == "login":
            acc = Account(self.api, x["account"].username, x["account"].password)
            acc.login()
            status, resp, _ = acc.call("POST", "/api/v1/auth/logout", kind="logout")
            created("logout", status, resp, False, ok=(200, 204))
        else:
            self.cycle_use(x)

    def cycle_use(self, use):
        """The institution ends its use of an app and files it again (a new selection): two audit entries."""
        inst, uid, number = use
        acc = inst["account"]
        rng = R(self.seed, "end", uid)
        status, resp, _ = acc.call("POST", f"/api/v1/usage-filings/{uid}/end", {"reason": rng.choice(END_REASONS)},
                                   kind="use-end")
        if status == 409:   # ended by an earlier run: carry on from the live filing, if there is one
            STATS.add("existing", "use-end")
            live = self.live_use(inst, number)
            if live is not None:
                use[1] = live
                return
        elif not created("use-end", status, resp, False):
            return
        body = self.use_body(R(self.seed, "refile", uid), number)
        status, resp, replayed = acc.call("POST", "/api/v1/usage-filings", body, key=self.key("refile", uid),
                                          kind="use-refile")
        if status == 409:
            STATS.add("existing", "use-refile")
            use[1] = self.live_use(inst, number) or uid
        elif created("use-refile", status, resp, replayed):
            use[1] = resp["id"]

    # ---- counts

    def counts(self):
        city = self.city
        rows = {}

        def total(acc, path):
            status, body, _ = (acc.call("GET", path, kind="count") if acc else
                               self.api.request("GET", path, kind="count"))
            return body["total"] if status == 200 else f"HTTP {status}"

        rows["white list (registered apps)"] = total(None, "/api/v1/public/whitelist?size=1")
        rows["institutions"] = total(city, "/api/v1/institutions?size=1")
        for k in ("DISTRICT", "SCHOOL", "DIRECT_UNIT"):
            rows[f"  {k}"] = total(city, f"/api/v1/institutions?size=1&kind={k}")
        rows["use filings"] = total(city, "/api/v1/usage-filings?size=1")
        for k in ("ACTIVE", "ACTION_REQUIRED", "ENDED"):
            rows[f"  {k}"] = total(city, f"/api/v1/usage-filings?size=1&status={k}")
        all_c = 0
        for agency, acc in self.agency_accounts.items():
            for st in ("RECEIVED", "RESOLVED"):
                n = total(acc, f"/api/v1/complaints?size=1&status={st}")
                rows[f"  complaints {agency} {st}"] = n
                all_c += n if isinstance(n, int) else 0
        rows["complaints"] = all_c
        rows["audit entries"] = total(city, "/api/v1/audit?size=1")
        order = ["white list (registered apps)", "institutions", "  DISTRICT", "  SCHOOL", "  DIRECT_UNIT",
                 "use filings", "  ACTIVE", "  ACTION_REQUIRED", "  ENDED", "complaints"] + \
                [k for k in rows if k.startswith("  complaints")] + ["audit entries"]
        print("--- row counts (from the APIs)")
        for k in order:
            print(f"  {k:<40} {rows[k]:>10}")
        return rows

    def run(self):
        start = time.monotonic()
        print(f"scale {self.args.scale}: {self.n_apps} apps, {self.n_institutions} institutions, {self.n_use} use "
              f"filings, {self.n_complaints} complaints, audit to {self.n_audit}; {self.workers} workers", flush=True)
        self.phase("apps", self.import_apps)
        self.phase("institutions", self.create_institutions)
        self.phase("use filings", self.file_uses)
        self.phase("complaints", self.submit_complaints)
        self.phase("complaint handling", self.handle_complaints)
        self.phase("complainants tracking", self.track_complaints)
        self.phase("audit top-up", self.top_up_audit)
        elapsed = time.monotonic() - start
        self.report(elapsed)
        if not self.args.no_counts:
            self.counts()
        return 1 if sum(STATS.failed.values()) else 0

    def report(self, elapsed):
        kinds = sorted(set(STATS.ok) | set(STATS.replayed) | set(STATS.existing) | set(STATS.failed))
        phase_of = {"import-row": "apps", "institution": "institutions", "account": "institutions",
                    "use-filing": "use filings", "complaint": "complaints", "complaint-view": None,
                    "complaint-resolve": "complaint handling", "complaint-reassign": "complaint handling",
                    "complaint-track": "complainants tracking", "use-end": "audit top-up",
                    "use-refile": "audit top-up", "logout": "audit top-up"}
        print("--- per kind: created (replayed / existing / failed / retried), rate over its phase")
        for k in kinds:
            ph = phase_of.get(k)
            t = self.phase_times.get(ph) if ph else None
            rate = f"{STATS.ok[k] / t:8.1f}/s over '{ph}'" if t and STATS.ok[k] else ""
            print(f"  {k:<20} {STATS.ok[k]:>9} ({STATS.replayed[k]} / {STATS.existing[k]} / {STATS.failed[k]} / "
                  f"{STATS.retries[k]}) {rate}")
        print("--- phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.phase_times.items()))
        print(f"total time {elapsed:.1f} s; failures {sum(STATS.failed.values())}")
        for s in STATS.samples:
            print("  failure: " + s)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--workers", type=int, default=12)
    p.add_argument("--seed", type=int, default=20261128)
    p.add_argument("--apps", type=int, help="apps to import whatever the scale (at most 100000), e.g. to time the "
                   "other phases against a full-size white list")
    p.add_argument("--cycle-share", type=float, default=0.7,
                   help="share of the audit top-up done by ending and re-filing use (the rest mostly complaint "
                        "contact views, which cost far less with a full-size filing table)")
    p.add_argument("--counts-only", action="store_true", help="only print the row counts")
    p.add_argument("--no-counts", action="store_true", help="do not print the row counts at the end")
    args = p.parse_args()
    if not 0 < args.scale <= 1:
        p.error("--scale must be in (0, 1]")
    if not 0 <= args.cycle_share <= 0.98:
        p.error("--cycle-share must be in [0, 0.98]")
    if args.apps is not None and not 50 <= args.apps <= 100_000:
        p.error("--apps must be in [50, 100000] (filing numbers have five digits)")
    g = Generator(args)
    if args.counts_only:
        g.counts()
        return 0
    return g.run()


if __name__ == "__main__":
    sys.exit(main())
