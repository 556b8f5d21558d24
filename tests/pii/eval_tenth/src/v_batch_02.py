# Writer v, batch 02: public rental housing applications (LH/GH), lotteries, waiting lists. CC0 1.0. All values invented.
DOCS = [
{"id": "s10-v02-001", "kind": "notice", "text": """[공고] {{org_name:경기주택도시공사}} 2024년 수원 당수 A-3BL 행복주택 입주자 모집
■ 청약접수: {{date:2024. 10. 14.(월)}} {{time:10:00}} ~ {{date:10. 18.(금)}} {{time:17:00}}
■ 서류제출 대상자 발표: {{date:2024. 11. 22.}}
■ 신청서 작성 요령
  - 주민등록번호는 '{{example:000000-0000000}}' 형식으로 기재 (예: {{example:901231-1234567}})
  - 외국인 배우자는 여권번호 기재 (예: {{example:M12345678}}) 
■ 문의: GH 콜센터 {{public_number:1588-0886}} / 수원시 주택정책과 {{public_number:031-228-2579}}
※ 본 공고문에 기재된 예시 번호는 실제 개인정보가 아닙니다."""},

{"id": "s10-v02-002", "kind": "citizen_letter", "text": """행복주택 대학생 계층 신청 관련 문의드립니다.
안녕하세요 저는 {{org_name:아주대학교}} 기계공학과 3학년 [[PERSON:장서윤]]이라고 합니다. 학번은 [[STUDENT_ID:202031447]]이고 현재 휴학 중이 아니라 재학중입니다.
부모님이 대전에 사시는데 저는 [[KR_ADDRESS:수원시 영통구 월드컵로193번길 21-4, 302호]] 원룸에서 자취하고 있어요. 부모님 소득도 합산되나요?
생년월일 [[BIRTH_DATE:2002.01.08]], 연락처 [[PHONE_NUMBER:010-9917-4402]], 메일 [[EMAIL_ADDRESS:seoyun.jang02@ajou.ac.kr]] 입니다."""},

{"id": "s10-v02-003", "kind": "spreadsheet", "text": """국민임대 예비입주자 순번 현황 (광교 B-7, 전용 46㎡)  기준일 {{date:2024-08-01}}
순번 | 성명 | 생년월일 | 신청일 | 가점 | 상태
1 | [[PERSON:김○수]] | [[BIRTH_DATE:1961.**.**]] | {{date:2022.03.14}} | 11 | 계약안내중
2 | [[PERSON:이*영]] | [[BIRTH_DATE:1978.05.**]] | {{date:2022.03.14}} | 10 | 
3 | [[PERSON:박OO]] | [[BIRTH_DATE:1990.**.**]] | {{date:2022.03.15}} | 10 | 포기({{date:24.07.29}})
4 | [[PERSON:제갈○현]] | [[BIRTH_DATE:1983.11.**]] | {{date:2022.03.16}} | 9 | 
5 | [[PERSON:Nguyen T*** L**]] | [[BIRTH_DATE:1995.**.**]] | {{date:2022.03.16}} | 9 | 
※ 개인정보 보호를 위해 성명·생년월일 일부 마스킹"""},

{"id": "s10-v02-004", "kind": "system_export", "text": """2024-10-14T10:00:03.118+09:00 INFO  [apply-web] session=7f3a91 user=[[PERSON:한지민]] ip=[[IP_ADDRESS:121.134.77.210]] action=LOGIN
2024-10-14T10:00:41.502+09:00 INFO  [apply-web] session=7f3a91 action=SUBMIT house={{code:SW-A3BL-26A}} applno={{receipt_number:GH24-0018823}}
2024-10-14T10:00:42.007+09:00 WARN  [apply-web] session=c0de11 user=[[PERSON:모상욱]] ip=[[IP_ADDRESS:2001:e60:8a12:3f::1b]] action=RETRY reason=timeout
2024-10-14T10:00:42.009+09:00 DEBUG [lb] upstream=was02 mask={{subnet_mask:255.255.255.192}} build={{version:3.8.14.2}}"""},

{"id": "s10-v02-005", "kind": "officer_memo", "text": """서류 보완 요청 (행복주택 신혼부부 계층)
신청번호 {{receipt_number:GH24-0021170}} / 신청자 [[PERSON:강민호]]
- 세대구성: 본인 [[PERSON:강민호]]([[BIRTH_DATE:1993.6.21]]), 배우자 [[PERSON:류하나]]([[BIRTH_DATE:1995.2.3]]), 자녀 [[PERSON:강도윤]]([[BIRTH_DATE:2023.9.17]] 출생)
- 혼인신고일 {{date:2022.11.05}}로 신혼부부(혼인 7년 이내) 해당
- 미제출: 배우자 건강보험 자격득실확인서, 자녀 출생 전 전입 내역
- 보완기한 {{date:11월 29일(금)}}까지. 미제출시 부적격.
담당 [[PERSON:곽은비]] ☎ [[PHONE_NUMBER:031-250-8417]]"""},

{"id": "s10-v02-006", "kind": "sms", "text": """[Web발신]
[GH] [[PERSON:오상철]]님, 광교 B-7 국민임대 예비입주자 순번 3번 확정되었습니다. 계약안내는 순번 도래시 개별 연락드립니다. 문의 {{public_number:1588-0886}}"""},

{"id": "s10-v02-007", "kind": "call_transcript", "text": """상담원: 네 LH 마이홈 상담센터입니다.
고객: 제가 매입임대 신청을 했는데 지금 대기 몇 번인지 알 수 있을까요
상담원: 본인 확인을 위해 성함과 생년월일 말씀해주세요.
고객: [[PERSON:여진숙]]이구요, [[BIRTH_DATE:칠십일년 삼월 이십구일]]이요.
상담원: 네 [[PERSON:여진숙]] 고객님, 신청하신 게 {{date:작년 12월}} 용인 기존주택 매입임대 맞으시죠? 현재 예비 12번이세요.
고객: 아직도 12번이에요? 반년째 그대로네.
상담원: 네 공가가 나와야 순번이 진행돼서요. 연락처가 [[PHONE_NUMBER:010-****-5520]]으로 되어 있는데 변경 없으시죠?
고객: 네 맞아요."""},

{"id": "s10-v02-008", "kind": "ocr_form", "text": """세 대 구 성 원 확 인 서
신청자(세대주)  성명 [[PERSON:문 경 자]]   주민등록번호 [[KR_RRN:630214-245711?]]
주    소 [[KR_ADDRESS:경기도 성남시 중원구 둔촌대로 83번길 5 (성남동) 지층]]
─────────────────────────────
관계 | 성명 | 주민등록번호 | 전입일
본인 | [[PERSON:문경자]] | [[KR_RRN:630214-2******]] | {{date:2009.04.01}}
자 | [[PERSON:김 태 우]] | [[KR_RRN:911030-1O5xxxx]] | {{date:2009.04.01}}
손녀 | [[PERSON:김하린]] | [[KR_RRN:170622-4******]] | {{date:2017.07.10}}
─────────────────────────────
위 내용이 사실과 다름없음을 확인합니다.  {{date:2024년 7월 3일}}"""},

{"id": "s10-v02-009", "kind": "kakaotalk", "text": """자기야 신희타 서류 준비하는데 [[PERSON:Lena]]씨 여권번호 필요하대
ㅇㅋ 잠깐만 사진 찍어서 보낼게
[사진]
여권번호 [[KR_PASSPORT:C4401887]] 맞지? 유효기간 {{date:2029.05.11}}
어 맞아 근데 외국인등록증도 내야 돼?
응 그것도 [[KR_FRN:940718-6204115]] 이거 앞면 사본
알겠어 내일 주민센터 가서 혼인관계증명서도 뗄게
사랑해 [[PERSON:지훈]]아 ㅎㅎ"""},

{"id": "s10-v02-010", "kind": "email", "text": """제목: [자산심사] 보유 자동차 가액 초과 관련 소명
수신: 용인시 주택과 [[PERSON:정유리]] 주무관님

안녕하세요. 영구임대 신청자 [[PERSON:도태현]]입니다. 자산심사에서 자동차 가액이 기준({{amount:3,708만원}})을 넘는다고 통보받았습니다.
제 명의로 된 [[KR_CAR_PLATE:68다 4417]](2019년식 쏘렌토)는 {{date:9월 3일}}에 이미 폐차했고, 나머지 [[KR_CAR_PLATE:경기37바2219]]는 영업용(택배)이라 제외 대상이라고 알고 있습니다.
폐차인수증명서랑 화물운송 허가증 첨부합니다.
[[PERSON:도태현]] 드림 / [[PHONE_NUMBER:010-6024-1153]] / [[EMAIL_ADDRESS:dth7755@gmail.com]]"""},

{"id": "s10-v02-011", "kind": "spreadsheet", "text": """[자산조회 결과 - 자동차]  조회일 {{date:2024.09.20}}
신청번호\t소유자\t차량번호\t차종\t연식\t차량가액(원)\t판정
{{receipt_number:LH-YI-24-0533}}\t[[PERSON:도태현]]\t[[KR_CAR_PLATE:68다4417]]\t승용\t2019\t{{amount:19,870,000}}\t확인필요(말소)
{{receipt_number:LH-YI-24-0533}}\t[[PERSON:도태현]]\t[[KR_CAR_PLATE:경기 37 바 2219]]\t화물\t2021\t{{amount:24,100,000}}\t제외(영업용)
{{receipt_number:LH-YI-24-0540}}\t[[PERSON:선우민아]]\t[[KR_CAR_PLATE:231루 7706]]\t승용\t2023\t{{amount:41,300,000}}\t초과
{{receipt_number:LH-YI-24-0551}}\t[[PERSON:Ahmed Karim]]\t-\t-\t-\t0\t적합"""},

{"id": "s10-v02-012", "kind": "citizen_letter", "text": """장애인 특별공급 대리 신청 건

저희 형 [[PERSON:염동길]]([[BIRTH_DATE:1969년 10월 2일]]생)은 지적장애 2급(중증)으로 제가 후견인입니다. 형 명의로 국민임대 장애인 특별공급을 신청하려고 하는데, 후견인 대리 신청이 가능한지 궁금합니다.
형은 현재 [[KR_ADDRESS:용인시 처인구 금령로 56, 현대아파트 3동 208호]]에서 저와 함께 살고 있습니다.
후견인 [[PERSON:염동수]], 휴대폰 [[PHONE_NUMBER:010-2948-0071]].
성년후견 개시 결정일은 {{date:2021. 3. 15.}}입니다."""},

{"id": "s10-v02-013", "kind": "officer_memo", "text": """행복주택 동호 추첨 결과 보고 ({{date:2024.12.04}}, 수원시청 별관 2층 대회의실)
- 입회: 주택정책과 [[PERSON:백승민]] 팀장, 시민감시단 [[PERSON:Kwon Yuri]], GH 담당 [[PERSON:엄태준]] (사번 [[EMPLOYEE_ID:GH-2015-117]])
- 전산추첨 시드값 {{code:77120394}}, 프로그램 {{version:ver 2.1.7}}
- 대상 142세대 중 참석 138, 대리 3, 불참 1(불참자 [[PERSON:금보라]] 본인 사유서 제출 → 잔여 호실 자동배정)
- 특이: 1층 희망자 중 장애인 세대 우선배정 4건 (101동 {{room_number:103호}}, 102동 {{room_number:101호}}·{{room_number:104호}}, 103동 {{room_number:102호}})"""},

{"id": "s10-v02-014", "kind": "system_export", "text": """appl_no,nm,rrn_front,gender,tel,addr,income_pct,rcpt_dt
{{receipt_number:MR-2024-3301}},[[PERSON:탁민혜]],[[BIRTH_DATE:870905]],F,[[PHONE_NUMBER:010-4488-2091]],"[[KR_ADDRESS:경기 용인시 수지구 동천로 437, 201동 1502호]]",48,{{date:2024-05-20}}
{{receipt_number:MR-2024-3302}},[[PERSON:진우석]],[[BIRTH_DATE:790311]],M,[[PHONE_NUMBER:+82-10-7703-5516]],"[[KR_ADDRESS:경기 성남시 수정구 산성대로 310, 4층]]",35,{{date:2024-05-20}}
{{receipt_number:MR-2024-3303}},[[PERSON:Olga Petrova]],[[BIRTH_DATE:880127]],F,[[PHONE_NUMBER:010 3019 6624]],"[[KR_ADDRESS:경기 용인시 기흥구 중부대로 242번길 18, 303호]]",29,{{date:2024-05-21}}"""},

{"id": "s10-v02-015", "kind": "officer_memo", "text": """[[PERSON:최말녀]]님 청약 부적격 이의신청 기각. 무주택 요건 불충족(배우자 [[PERSON:백영길]] 명의 [[KR_ADDRESS:안성시 일죽면 화봉리 334]] 주택 보유). {{date:12/2}} 결과 등기 발송."""},

{"id": "s10-v02-016", "kind": "call_transcript", "text": """(녹취 {{case_number:20240611-0093}}) 
고객: 제 아내가 중국 국적인데요, 청약할 때 세대원으로 넣을 수 있나요?
상담: 네 외국인 배우자도 세대원으로 인정됩니다. 외국인등록번호가 어떻게 되시죠?
고객: 잠시만요... 카드 보고 불러드릴게요. [[KR_FRN:860312-5047716]]이요.
상담: 네. 배우자분 성함은요?
고객: [[PERSON:왕리핑]]이요. 영문으로 [[PERSON:WANG LIPING]].
상담: 확인됐습니다. 여권은 필요 없으세요."""},

{"id": "s10-v02-017", "kind": "ocr_form", "text": """재 학 증 명 서
성    명 : [[PERSON:민 준 서]]          학    번 : [[STUDENT_ID:2O21-1O573]]
생년월일 : [[BIRTH_DATE:2002년 11월 15일]]
소    속 : 경기대학교 사회과학대학 행정학과 3학년
상    태 : 재학 ( 입학일 {{date:2021.03.02}} )
용    도 : 행복주택 신청용
{{date:2024년 10월 11일}}
경 기 대 학 교 총 장 (직인)   발급번호 {{document_number:제2024-08813호}}"""},

{"id": "s10-v02-018", "kind": "email", "text": """보낸사람: [[PERSON:엄태준]] <[[EMAIL_ADDRESS:tj.eom@gh.or.kr]]>
받는사람: 수원시 주택정책과 <{{public_email:housing@suwon.go.kr}}>
날짜: {{date:2024년 12월 5일 (목) 오전 9:12}}

과장님 어제 추첨 결과 원본 송부드립니다. 불참자 [[PERSON:금보라]]님 사유서(입원확인서 포함)도 함께 첨부했습니다.
제 직통은 [[PHONE_NUMBER:031-220-3847]], 외근 시 [[PHONE_NUMBER:010-5598-2204]]로 연락주십시오.
[[PERSON:엄태준]] 드림 (GH 주거복지처, 사번 [[EMPLOYEE_ID:GH-2015-117]])"""},
]
