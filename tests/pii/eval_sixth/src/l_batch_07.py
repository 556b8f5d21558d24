# Writer l, batch 07: letters from overseas Koreans and foreign spouses mixing languages.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l07-001", "kind": "letter", "text": """수원시청 민원실 담당자님께,

안녕하세요. 저는 LA에 사는 재미교포 [[PERSON:Susan Chung]] (한국이름 [[PERSON:정수선]])입니다. 제 아버지 [[PERSON:정덕영]]님이 {{date:2024년 2월 11일}}에 돌아가셨는데, 아버지 명의로 된 [[KR_ADDRESS:수원시 팔달구 지동 271-18]] 집 재산세가 계속 나온다고 들었어요. 아버지 생신은 [[BIRTH_DATE:1938년 5월 2일]]이고, 주민번호는 [[KR_RRN:380502-1******]]입니다.
I'm not fluent in Korean, so please reply in English if possible: [[EMAIL_ADDRESS:susan.chung.la@yahoo.com]]
Thank you so much.
Susan"""},

{"id": "s6-l07-002", "kind": "letter", "text": """Kính gửi UBND thành phố Seongnam / 성남시청 다문화가족지원 담당자님

Tôi tên là [[PERSON:Phạm Thị Thu Hà]] ([[PERSON:팜티투하]]), sinh ngày [[BIRTH_DATE:12/09/1996]]. 저는 한국 남편 [[PERSON:오진석]]과 {{date:2019년}}에 결혼했어요. 외국인등록번호 [[KR_FRN:960912-6817325]].
Tôi muốn đăng ký lớp học tiếng Hàn cho con trai [[PERSON:오민호]] (sinh [[BIRTH_DATE:2020.11.03]]). 
Địa chỉ: [[KR_ADDRESS:성남시 수정구 태평로 55번길 17, 3층]]
SĐT: [[PHONE_NUMBER:010-8826-4107]]
Cảm ơn!"""},

{"id": "s6-l07-003", "kind": "letter", "text": """용인시 기흥구청 시민봉사과 귀하

前略。日本在住の[[PERSON:山田 花子]]（[[PERSON:야마다 하나코]]）と申します。韓国人の夫[[PERSON:朴 正勲]]（[[PERSON:박정훈]]）と{{date:2010年}}に結婚しました。
夫の実家の住所は[[KR_ADDRESS:龍仁市 器興区 甫羅洞 512-3]]（용인시 기흥구 보라동）です。婚姻関係証明書を郵便で受け取りたいです。
私の旅券番号: [[KR_PASSPORT:TR4028816]]、生年月日: [[BIRTH_DATE:1983年7月21日]]
連絡先: [[PHONE_NUMBER:+81-90-4417-2290]]
草々 {{date:2024年10月2日}}"""},

{"id": "s6-l07-004", "kind": "letter", "text": """To whom it may concern at 용인시청,

My name is [[PERSON:Daniel Jinwoo Lee]]. I was born in Korea on [[BIRTH_DATE:March 4th, 1979]] and adopted to Minnesota in {{date:1981}}. My Korean birth name might be [[PERSON:이진우]] (not sure of the hanja). The adoption agency file says I was found near [[KR_ADDRESS:용인군 구성면 마북리 2xx]] (old address).
I am visiting Korea from {{date:Nov 11}} to {{date:Nov 25}} and would like to see any records. My US passport number is [[KR_PASSPORT:548120337]].
You can reach me at [[EMAIL_ADDRESS:djlee.mn@gmail.com]] or [[PHONE_NUMBER:(651) 555-0192]].
Sincerely, Dan"""},

{"id": "s6-l07-005", "kind": "letter", "text": """안녕하세여 저는 중국에서 온 [[PERSON:李春梅]] ([[PERSON:리춘매]]) 이에요. 한국말 잘 못해서 죄송함니다.
我的外国人登录证号码是 [[KR_FRN:870526-6120448]]，护照号码 [[KR_PASSPORT:EA7715204]]。
남편 [[PERSON:강영수]] 이랑 같이 [[KR_ADDRESS:수원시 권선구 권선로 654번길 8 (권선동), 지층]] 살아요.
체류 연장 서류에 주소 확인서 필요하대서 {{org_name:권선1동 행정복지센터}} 갔는데 안된대요. 왜 안되요? 
전화 [[PHONE_NUMBER:010 4519 8820]] 남편 [[PHONE_NUMBER:010 3382 7104]]"""},

{"id": "s6-l07-006", "kind": "letter", "text": """Dear Suwon City Hall,

Kamusta po! I am [[PERSON:Maricel Dela Cruz]], married to [[PERSON:Kim Dong-hyun]] ([[PERSON:김동현]]) since {{date:2015}}. We live at [[KR_ADDRESS:Suwon-si Yeongtong-gu Maeyeong-ro 269, 102-1304]]. 
Gusto ko pong mag-apply ng Korean driver's license conversion. My Philippine license no. is N03-12-004581 and my Korean 외국인등록번호 is [[KR_FRN:881117-6******]].
My birthday: [[BIRTH_DATE:17 Nov 1988]].
Salamat po!
Maricel ([[PHONE_NUMBER:010-2903-6651]])"""},

{"id": "s6-l07-007", "kind": "letter", "text": """Betreff: 수원시 재외국민 주민등록 / registration as overseas Korean

Sehr geehrte Damen und Herren,
ich heiße [[PERSON:Min-ji Schneider]], geborene [[PERSON:김민지]], geboren am [[BIRTH_DATE:23.08.1990]] in Suwon. 독일 국적이 아니라 한국 국적 유지 중이고 여권번호는 [[KR_PASSPORT:M82207461]]입니다. 한국에 {{date:2025년 3월}}부터 1년 체류 예정이라 재외국민 주민등록을 하려고 합니다. 임시 거소: [[KR_ADDRESS:수원시 영통구 광교호수로 152, 1201동 2003호]] (언니 [[PERSON:김민경]] 집)
Mit freundlichen Grüßen / [[PHONE_NUMBER:+49 151 2204 8817]]"""},

{"id": "s6-l07-008", "kind": "letter", "text": """[다문화가족지원센터 → 시청 협조 요청 공문 첨부 사례]
대상자: [[PERSON:Nodira Yusupova]] (우즈베키스탄, F-6)
외국인등록번호: [[KR_FRN:910203-6058211]]
배우자: [[PERSON:변창호]] ([[BIRTH_DATE:1971.11.08]]생)
주소: [[KR_ADDRESS:용인시 처인구 양지면 남곡리 101-4]]
요청: 가정폭력 피해로 긴급 주거지원. 배우자 차량 [[KR_CAR_PLATE:48수 9932]] 접근 시 112 신고 조치 요청
담당 상담원 [[PERSON:신혜윤]] / 센터 {{public_number:031-323-7131}}"""},

{"id": "s6-l07-009", "kind": "letter", "text": """안녕하십니까. 캐나다 밴쿠버에서 보내드립니다.
저는 {{date:1998년}}에 이민 간 [[PERSON:홍윤식]]([[BIRTH_DATE:1952년 11월 30일]])이고 국적은 캐나다입니다. 국내거소신고번호 [[KR_FRN:521130-5******]]
분당에 남아있는 작은 가게 건물([[KR_ADDRESS:성남시 분당구 수내로 46번길 11-2]]) 임대 소득 관련해서 개인사업자 등록이 되어 있는데 사업자번호 [[KR_BRN:144-14-0062?]]로 종합소득세와 지방소득세를 납부해 왔습니다. 올해 환급금이 있다고 들었는데 캐나다 계좌로는 안 된다고 해서, 조카 명의가 아니라 제 국내 계좌 [[BANK_ACCOUNT:123-910118-22007]]로 받고 싶습니다.
Regards, Yun-sik Hong"""},

{"id": "s6-l07-010", "kind": "letter", "text": """이메일 원문 (번역기 사용, 오타 그대로)
제목: 나의 아이 학교 등록 문의 입니다

성남시 교육청 담당자 님 안녕 하세요. 저의 이름은 [[PERSON:Olga Petrenko]] 입니다 우크라이나 에서 왔습니다. 저의 딸 [[PERSON:Sofia]] 는 [[BIRTH_DATE:2014 년 4 월 9 일]] 태어 났습니다. 여권 번호 [[KR_PASSPORT:FE 338120]]. 우리는 지금 [[KR_ADDRESS:성남시 분당구 황새울로 200번길 28, 오피스텔 1117호]] 에 삽니다. 학교 에 입학 하고 싶 습니다. 저의 이메일 [[EMAIL_ADDRESS:olga.petrenko83@ukr.net]]"""},

{"id": "s6-l07-011", "kind": "letter", "text": """할머니께 드리는 편지 (민원 첨부: 주소 확인용)
사랑하는 할머니 [[PERSON:최분녀]]께,
호주 시드니에서 손자 [[PERSON:Ethan]] ([[PERSON:최이든]])이에요. 할머니 팔순... 아니 [[BIRTH_DATE:11월 20일]] 생신에 못 가서 죄송해요. 선물은 [[KR_ADDRESS:용인시 수지구 동천로 437, 동문굿모닝힐 203동 505호]]로 보냈는데 반송됐대요. 이모 [[PERSON:최은정]]([[PHONE_NUMBER:010-7117-0328]])한테 물어보니 할머니가 {{date:지난달}}에 요양원으로 옮기셨다고..."""},

{"id": "s6-l07-012", "kind": "letter", "text": """[민원 접수 — 국제우편 스캔]
Sender: [[PERSON:Kang, Yeong-ja]]  c/o 12 Rue Lamarck, Paris
수신: 용인시 처인구청 가족관계등록팀
내용: 저의 오빠 [[PERSON:강영구]](한자 姜永九, 생 음력 [[BIRTH_DATE:1944. 1. 15]]) 의 제적등본을 받고 싶습니다. 본적은 [[KR_ADDRESS:경기도 용인군 이동면 천리 344번지]]였습니다.
저의 프랑스 체류증 번호 7502145890 / 한국 여권 [[KR_PASSPORT:M4418O272]] (OCR) 
발송일 {{date:2024/08/14}}"""},

{"id": "s6-l07-013", "kind": "letter", "text": """ព្រះរាជាណាចក្រ... (캄보디아어 일부 생략)
번역: 저는 캄보디아 사람 [[PERSON:Sok Sreymom]] 이고 남편은 [[PERSON:양재천]] 입니다. 남편이 운전면허증을 잃어버려서 대신 재발급 물어봐요. 남편 면허번호 [[KR_DRIVER_LICENSE:경기 96-882310-22]], 생일 [[BIRTH_DATE:1968.4.17]]. 저는 운전면허 없어요. 
우리 집: [[KR_ADDRESS:수원시 권선구 평동로 79번길 33]] / 제 번호 [[PHONE_NUMBER:010-9112-O557]]"""},

{"id": "s6-l07-014", "kind": "letter", "text": """From: [[PERSON:Jenny Oh]] <[[EMAIL_ADDRESS:jenny.oh@deloitte-sg.example]]>
To: 성남시 세정과 <{{public_email:tax@seongnam.go.kr}}>
Subject: 자동차세 체납 문의 — 싱가포르 거주

Hello, 저는 {{date:2021년}}부터 싱가포르에 살고 있어요. 한국에 두고 온 차([[KR_CAR_PLATE:154노 2297]])는 동생 [[PERSON:오준영]]이 쓰고 있는데 체납 고지서가 왔대요. 
제 한국 면허는 [[KR_DRIVER_LICENSE:11-13-552018-70]], 생년월일 [[BIRTH_DATE:1987/02/14]] 입니다. 카드로 납부하고 싶어요: 해외발급 카드 [[CREDIT_CARD:4893 7720 1105 628?]] 되나요?
Thanks, Jenny (WhatsApp [[PHONE_NUMBER:+65 9123 4407]])"""},

{"id": "s6-l07-015", "kind": "letter", "text": """◇ 결혼이민자 한국어 교실 수강신청서 ◇
이름(모국어) [[PERSON:Трофимова Анна]] / (한글) [[PERSON:트로피모바 안나]]
이름 확인: [[PERSON:Трофимова Анна]] 와 동일인
국적 러시아 · 입국일 {{date:2023.06.20}} · 생년월일 [[BIRTH_DATE:1995.08.31]]
외국인등록번호 [[KR_FRN:950831 - 6 1 0 2 4 3 9]]
주소 [[KR_ADDRESS:용인시 기흥구 서천동 4 서천마을 휴먼시아 5단지 506동 303호]]
남편 [[PERSON:김태성]] 직장 사번 [[EMPLOYEE_ID:SEC-0419832]] (삼성전자 기흥캠퍼스, 출입증 발급용)"""},

{"id": "s6-l07-016", "kind": "letter", "text": """[재외국민 투표 관련 문의 게시글]
작성자 [[PERSON:남현우]] / Toronto
제 국내 마지막 주소는 [[KR_ADDRESS:수원시 장안구 조원동 886 한일타운 135동 1706호]] 였고, {{date:2016년 1월}} 출국했습니다. 재외선거 신고하려는데 주민번호 [[KR_RRN:910712-108122]]... 아 마지막 한 자리가 기억이 안 나네요. 생일은 [[BIRTH_DATE:1991년 7월 12일]] 맞습니다. 이메일: [[EMAIL_ADDRESS:hwnam91@gmail.com]]"""},
]
