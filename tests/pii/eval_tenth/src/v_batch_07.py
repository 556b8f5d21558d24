# Writer v, batch 07: jeonse-fraud victims, lease renewals, youth jeonse, discounts for large families, move-out checks. CC0 1.0. All values invented.
DOCS = [
{"id": "s10-v07-001", "kind": "ocr_form", "text": """전세사기피해자 등 결정 신청서
① 신청인  성명 [[PERSON:공 지 혜]]   주민등록번호 [[KR_RRN:940611-280117?]]
          주소(임차주택) [[KR_ADDRESS:수원시 권선구 세권로 62번길 15, 4층 402호 (세류동, 그린하우스)]]
          휴대전화 [[PHONE_NUMBER:010-4092-7715]]
② 임대인  성명(법인명) [[PERSON:마 경 석]]   사업자번호 [[KR_BRN:478-02-0091?]] (주택임대사업자)
③ 임대차  보증금 {{amount:165,000,000원}}  계약일 {{date:2021.09.13}}  확정일자 {{date:2021.09.15}}
          계약종료 {{date:2023.09.30}}  (보증금 미반환)
④ 경매개시 {{case_number:2024타경3318}} / 수원지방법원
⑤ 환급계좌 케이뱅크 [[BANK_ACCOUNT:100-187-442913]]"""},

{"id": "s10-v07-002", "kind": "kakaotalk", "text": """[세류동 그린하우스 피해자모임]
[[PERSON:공지혜]]: 오늘 경기도 전세피해지원센터 다녀왔어요. 피해자 결정까지 60일 걸린대요
[[PERSON:오재성]]: [[PERSON:마경석]]이 다른 건물도 13채 더 있대요 ㄷㄷ
[[PERSON:Nam Jiwoo]]: 저는 외국 출장중이라 위임장 써야하는데 양식 있나요?
[[PERSON:공지혜]]: 센터 홈피에 있어요. [[PERSON:지우]]님 여권사본도 필요하대요
[[PERSON:오재성]]: 다음 모임 {{date:3/16}} 토 {{time:2시}} 세류동 주민센터 회의실요"""},

{"id": "s10-v07-003", "kind": "officer_memo", "text": """LH 피해주택 우선매수 검토 - 세류동 그린하우스(총 12세대)
임대인 [[PERSON:마경석]]([[BIRTH_DATE:1976.08.02]]) 소유, 근저당 {{amount:9억}} 
피해자 결정 완료 9세대: [[PERSON:공지혜]](402), [[PERSON:오재성]](301), [[PERSON:남지우]](203) 외 6
매입 후 공공임대 전환 시 기존 임차인 최장 20년 거주 가능 안내
※ 임대인 연락처 [[PHONE_NUMBER:010-3881-20**]] (수신정지)"""},

{"id": "s10-v07-004", "kind": "sms", "text": """[LH] 국민임대 재계약 안내: [[PERSON:나순옥]]님 계약만료({{date:2025.04.30}}) 2개월 전까지 소득·자산 서류 제출 바랍니다. 미제출 시 갱신 불가. 문의 {{public_number:1600-1004}}"""},

{"id": "s10-v07-005", "kind": "citizen_letter", "text": """국민임대 재계약 소득 산정 관련 문의입니다.
저는 [[KR_ADDRESS:수원시 장안구 만석로 29, 천천LH 2단지 208동 503호]]에 사는 [[PERSON:나순옥]]([[BIRTH_DATE:1964.3.27]])입니다.
아들 [[PERSON:조현빈]]이 대학생인데 알바 소득 때문에 소득기준 초과라고 나왔어요. 대학생 자녀 근로소득은 빼준다고 들었는데 맞나요?
아들 학교는 한신대, 학번 [[STUDENT_ID:2021130088]]이고 재학증명서 제출했습니다.
전화: [[PHONE_NUMBER:031-268-9920]] (집), [[PHONE_NUMBER:010-9903-4415]]"""},

{"id": "s10-v07-006", "kind": "system_export", "text": """청년전세임대 신청 목록 (export {{date:2025-01-09}})
no;name;univ;student_no;birth;email;contact
1;[[PERSON:변하늘]];경희대(국제);[[STUDENT_ID:2022100483]];[[BIRTH_DATE:2003/02/14]];[[EMAIL_ADDRESS:sky2003@khu.ac.kr]];[[PHONE_NUMBER:010-5502-1848]]
2;[[PERSON:Zhang Wei]];아주대;[[STUDENT_ID:201924901]];[[BIRTH_DATE:1999/09/09]];[[EMAIL_ADDRESS:zhangwei99@ajou.ac.kr]];[[PHONE_NUMBER:010-7140-2296]]
3;[[PERSON:소민채]];경기대;[[STUDENT_ID:202311592]];[[BIRTH_DATE:2004/12/01]];[[EMAIL_ADDRESS:minchae.so@kyonggi.ac.kr]];[[PHONE_NUMBER:010-2883-9017]]"""},

{"id": "s10-v07-007", "kind": "officer_memo", "text": """주거안정 월세대출 본인확인 — [[PERSON:탁영진]]([[BIRTH_DATE:1996.04.30]]) 운전면허증 [[KR_DRIVER_LICENSE:12-16-007431-81]] 진위확인 완료({{date:1/20}} {{time:15:04}}). 주민등록증 분실 상태. 대출실행일 {{date:1/31}}."""},

{"id": "s10-v07-008", "kind": "citizen_letter", "text": """LH 임대 퇴거하면서 원상복구비 {{amount:78만원}}을 청구받았습니다. 도배는 입주 때부터 곰팡이가 있었고 사진도 있습니다({{date:2019.06.02}} 입주 당일 촬영).
퇴거 점검한 직원분([[PERSON:하지웅]] 대리)이 사진을 봐주지도 않으셨어요.
전 주소 [[KR_ADDRESS:용인시 처인구 명지로 88, 역북LH 5단지 502동 1404호]]
현 주소 [[KR_ADDRESS:용인시 처인구 중부대로 1199, 3층]]
[[PERSON:길은혜]] / [[PHONE_NUMBER:010-6650-3372]]
보증금 반환 계좌 국민 [[BANK_ACCOUNT:944002-00-118842]]"""},

{"id": "s10-v07-009", "kind": "spreadsheet", "text": """다자녀 가구 상하수도 요금 감면 신청 (장안구)
세대주|자녀1|생년월일|자녀2|생년월일|자녀3|생년월일|신청일
[[PERSON:편성우]]|[[PERSON:편서아]]|[[BIRTH_DATE:2014.05.19]]|[[PERSON:편도하]]|[[BIRTH_DATE:2017.11.02]]|[[PERSON:편시우]]|[[BIRTH_DATE:2021.01.28]]|{{date:2025.02.03}}
[[PERSON:Maria Santos]]|[[PERSON:김요셉]]|[[BIRTH_DATE:2012-07-07]]|[[PERSON:김안나]]|[[BIRTH_DATE:2015-03-15]]|[[PERSON:김다니엘]]|[[BIRTH_DATE:2019-10-21]]|{{date:2025.02.04}}
[[PERSON:육승철]]|[[PERSON:육지안]]|[[BIRTH_DATE:'16.8.3]]|[[PERSON:육지호]]|[[BIRTH_DATE:'16.8.3]]|[[PERSON:육가온]]|[[BIRTH_DATE:'23.4.10]]|{{date:2025.02.04}}
※ [[PERSON:육지안]]·[[PERSON:육지호]] 쌍둥이"""},

{"id": "s10-v07-010", "kind": "call_transcript", "text": """도시가스 고객센터 녹취 ({{date:2025-02-20}})
고객: 앱에서 가스요금 카드결제가 계속 실패가 떠요.
상담: 카드번호 앞 6자리랑 끝 4자리 확인해 드릴게요.
고객: [[CREDIT_CARD:5310-72**-****-6684]]... 아니 이건 예전 거고, 새 카드 [[CREDIT_CARD:4092 1178 0345 229?]]요.
상담: 네 새 카드가 등록이 안 돼 있네요. 명의자분 성함이요?
고객: [[PERSON:원지성]]이요. 고객번호는 {{customer_number:6014-0027-3391}}.
상담: 유효기간 {{date:2029년 6월}} 맞으세요? 등록 완료됐습니다."""},

{"id": "s10-v07-011", "kind": "officer_memo", "text": """과태료 의견진술 접수(단지 내 소방차 전용구역 주차)
위반차량 [[KR_CAR_PLATE:377모 2216]] / 차주 [[PERSON:엄기찬]] / 위반일시 {{date:2024.12.03}} {{time:22:14}}
진술요지: 당시 임신 중인 배우자 병원 이송 준비로 잠시 정차했다 주장
운전자 [[PERSON:엄기찬]] 면허번호 [[KR_DRIVER_LICENSE:경기 19-338104-07]]
→ 진단서 제출시 감경 검토. 처리기한 {{date:2025.01.17}}"""},

{"id": "s10-v07-012", "kind": "spreadsheet", "text": """장애인 전기요금 복지할인 신규(1~3급 상당) - 한전 수원지사 전달분
순 | 성명 | 생년월일 | 장애정도 | 고객번호 | 할인시작
1 | [[PERSON:천○민]] | [[BIRTH_DATE:1988.0*.**]] | 심한 | {{customer_number:05-1182-3340}} | {{date:2025.03}}
2 | [[PERSON:고*순]] | [[BIRTH_DATE:1951.1*.**]] | 심한 | {{customer_number:05-1190-0018}} | {{date:2025.03}}
3 | [[PERSON:Kim M. J.]] | [[BIRTH_DATE:1979.**.**]] | 심한 | {{customer_number:05-2207-8812}} | {{date:2025.04}}
작성: 장안구 장애인복지팀 [[PERSON:석다은]] (내선 {{public_number:4417}})"""},

{"id": "s10-v07-013", "kind": "officer_memo", "text": """주거급여 부정수급 의심 조사 결과
대상 [[PERSON:반정호]]([[BIRTH_DATE:1972.10.10]]) — 신고 주소 [[KR_ADDRESS:팔달구 우만동 29-14 201호]]와 실거주지 불일치 의심
국민행복카드 [[CREDIT_CARD:9430-05**-****-0417]] 사용내역상 {{date:2024.7~12월}} 사용지 대부분 평택시
현장확인({{date:1/22}}): 201호 공실, 이웃 진술 "작년 여름부터 안 보였다"
→ 급여 중지 및 환수 검토. 조사자 [[PERSON:우태민]], [[PERSON:Lim Seohyun]]"""},

{"id": "s10-v07-014", "kind": "email", "text": """[[PERSON:Nam Jiwoo]] <[[EMAIL_ADDRESS:jiwoo.nam@protonmail.com]]> wrote:
안녕하세요 세류동 그린하우스 203호 [[PERSON:남지우]]입니다. 현재 싱가포르 파견 중이라({{date:~2025.06}}) 위임장과 여권 사본 보냅니다.
여권번호 [[KR_PASSPORT:M703K2291]], 생년월일 [[BIRTH_DATE:1991年 5月 8日]]
대리인은 제 동생 [[PERSON:남지민]] ([[PHONE_NUMBER:010-2204-8813]])입니다. 
Sent from my iPhone"""},

{"id": "s10-v07-015", "kind": "officer_memo", "text": """전입 및 전기·가스 명의 일괄변경 서비스 접수 — [[PERSON:Olivia Grant]] (캐나다, 외국인등록 [[KR_FRN:901205-6033847]]) / 전입지 [[KR_ADDRESS:성남시 분당구 판교역로 146번길 20, 1204호]] / 전입일 {{date:2025.02.28}} / 연락 [[PHONE_NUMBER:010-5127-0093]]"""},
]
