# Writer v, batch 05: apartment management fees, residents' councils, disputes. CC0 1.0. All values invented.
DOCS = [
{"id": "s10-v05-001", "kind": "citizen_letter", "text": """공동주택 관리비 분쟁 조정 요청드립니다

저희 아파트({{place_name:수원 영통 벽적골 주공 9단지}}) 난방비가 세대마다 너무 차이가 납니다. 저희 집은 {{date:1월분}} 난방비가 {{amount:31만원}}인데 같은 평수 옆집은 0원이 나왔다고 합니다. 계량기 조작이 의심됩니다.
관리사무소에 물어보니 소장님이 '세대 사정'이라고만 하시고 자료 공개를 안 해줍니다.
신청인 [[PERSON:탁윤희]] / [[KR_ADDRESS:영통구 영통로 214번길 41, 905동 1102호]]
휴대폰 [[PHONE_NUMBER:010-6711-3092]] 
※ 옆집 얘기는 본인 동의 없이 적어서 호수는 안 적겠습니다."""},

{"id": "s10-v05-002", "kind": "ocr_form", "text": """2024년 11월분 관리비 고지서        {{org_name:신동탄 SK뷰파크 관리사무소}}
동호: 103동 1504호   세대주: [[PERSON:심 재 경]]   면적 84.97㎡
일반관리비  {{amount:52,310}}   청소비 {{amount:14,200}}   경비비 {{amount:48,900}}
난방비      {{amount:61,440}}   급탕비 {{amount:22,180}}   전기료 {{amount:58,020}}
장기수선충당금 {{amount:21,750}}
당월 합계 {{amount:318,800}}    납기 {{date:2024.12.25}}   납기후 {{amount:322,300}}
납부계좌(가상) 국민 {{public_account:7791-90-1034-1504}}
자동이체 카드 [[CREDIT_CARD:4673-09**-****-2281]] (매월 {{date:23일}} 출금)
관리사무소 {{public_number:031-8015-4400}}"""},

{"id": "s10-v05-003", "kind": "meeting_minutes", "text": """제47차 입주자대표회의 회의록 (요약)
일시: {{date:2024년 8월 21일}} {{time:19:30}} / 장소: 관리동 2층 회의실
참석: 회장 [[PERSON:구재훈]](101동), 감사 [[PERSON:Yoon Mira]](104동), 동대표 [[PERSON:허만석]]·[[PERSON:여소정]]·[[PERSON:위성필]], 관리소장 [[PERSON:문태일]]
안건1. 장기수선충당금 인상 (㎡당 {{amount:150원→210원}}) → 찬성 4, 반대 1([[PERSON:위성필]] 동대표: "입주민 설명회 먼저")
안건2. 청소용역 재계약 → {{org_name:깔끔환경}}(대표 [[PERSON:주영란]]) 단독 입찰, 재공고 결정
기록: 관리사무소 경리 [[PERSON:채은지]]"""},

{"id": "s10-v05-004", "kind": "kakaotalk", "text": """[광교 이던하우스 입주민방 (임차인 포함)]
[[PERSON:소예원]](1102호 세입자): 이사 나갈 때 장기수선충당금 돌려받는 거 맞죠? 집주인분이 안 주신대서요
[[PERSON:방준혁]]: 그건 원래 소유자가 내야 하는 거라 세입자가 돌려받는 게 맞아요
[[PERSON:소예원]](1102호 세입자): 관리실에서 납부확인서 떼면 되나요?
관리실 [[PERSON:은지]]: 네 관리사무소 오시면 입주일({{date:2022.10.01}})부터 납부액 확인서 떼드려요~
[[PERSON:소예원]](1102호 세입자): 감사합니다 ㅠㅠ 총 얼마쯤 되나요
관리실 [[PERSON:은지]]: 약 {{amount:52만원}}이요"""},

{"id": "s10-v05-005", "kind": "spreadsheet", "text": """관리비 3개월 이상 체납 세대 ({{date:2024.10.31}} 기준) - 대외비
동	호	세대주	연락처	체납월수	체납액	조치
101	0302	[[PERSON:우○철]]	[[PHONE_NUMBER:010-48**-2271]]	5	{{amount:1,420,300}}	내용증명({{date:10/15}})
102	1201	[[PERSON:도경민]]	[[PHONE_NUMBER:010-9931-0045]]	3	{{amount:872,110}}	독촉
104	0705	[[PERSON:ANAND KUMAR]]	[[PHONE_NUMBER:010-2208-6614]]	4	{{amount:1,103,550}}	통역 필요
105	1803	[[PERSON:라은숙]]	[[PHONE_NUMBER:031-217-30**]]	7	{{amount:2,235,900}}	지급명령 신청"""},

{"id": "s10-v05-006", "kind": "officer_memo", "text": """주차 위반 차량 스티커 부착 현황 ({{date:12/2}}~{{date:12/8}}) - 경비반장 [[PERSON:고상진]]
1. [[KR_CAR_PLATE:12너 5580]] 지하2층 장애인구역 (3회째) → 차주 확인 불가
2. [[KR_CAR_PLATE:377모 2216]] 소방차 전용구역 / 차주 106동 [[PERSON:엄기찬]] 통화함
3. [[KR_CAR_PLATE:경기 82 자 4410]] 외부차량 (택배 아님, 장기주차) 
4. [[KR_CAR_PLATE:서울81사1217]] 이틀째 입구 막음. 차주 번호 [[PHONE_NUMBER:010-5530-9902]] 연락 안됨
※ 경비실 {{public_number:031-893-2210}}"""},

{"id": "s10-v05-007", "kind": "citizen_letter", "text": """관리비 횡령 의혹 조사를 요청합니다 (수원시 공동주택과 귀중)

우리 아파트 관리사무소 전 경리 [[PERSON:노현주]]가 {{date:2022년부터 2023년까지}} 관리비 통장에서 자기 개인 통장으로 돈을 여러 번 옮겼다는 사실이 외부감사에서 지적되었습니다.
감사보고서에 나온 개인계좌는 하나은행 [[BANK_ACCOUNT:391-910218-44107]] (예금주 [[PERSON:노현주]])이고 총 {{amount:4,870만원}}입니다.
관리주체인 {{org_name:(주)한결주택관리}}는 '개인 일탈'이라고만 하고 있습니다. 입주자대표회의 회장 [[PERSON:구재훈]]도 덮으려는 분위기입니다.
작성자: [[KR_ADDRESS:권선구 권광로 113 권선자이 107동 203호]] [[PERSON:차명숙]] ([[PHONE_NUMBER:010-2417-8836]])"""},

{"id": "s10-v05-008", "kind": "email", "text": """From: [[PERSON:변태수]] 회계사 <[[EMAIL_ADDRESS:ts.byun.cpa@outlook.kr]]>
To: 입주자대표회의 감사 [[PERSON:Yoon Mira]] <[[EMAIL_ADDRESS:mira.yoon104@gmail.com]]>
Subject: RE: 2023 회계연도 외부회계감사 추가자료 요청

감사님, 경리 직원 개인계좌 이체 건 관련해 은행 거래내역 원본({{date:2022.03~2023.11}})을 요청드립니다.
저희 사무소는 개인 회계사무소로 등록되어 있어 세금계산서는 [[KR_BRN:220-15-9904?]]로 발행됩니다.
참고로 지난 감사를 맡았던 {{org_name:삼정회계법인}}({{business_number:106-86-02912}})과는 별개입니다.
[[PERSON:변태수]] 드림 / [[PHONE_NUMBER:010-9102-5537]]"""},

{"id": "s10-v05-009", "kind": "call_transcript", "text": """(관리사무소 통화 {{date:11.27}} {{time:오전 10:40}})
입주민: 관리비 카드로 자동이체 걸고 싶은데요
직원: 네 동 호수랑 성함 불러주세요
입주민: 302동 901호 [[PERSON:한가람]]이요. 카드는 삼성카드고 번호 [[CREDIT_CARD:9410 1287 3306 551?]], 유효기간 {{date:09/28}}요.
직원: 네, 명의자 성함이 본인이랑 같으세요?
입주민: 아뇨 남편 카드에요. [[PERSON:강석훈]].
직원: 그럼 명의자 생년월일 6자리도 필요해요.
입주민: [[BIRTH_DATE:850716]]이요."""},

{"id": "s10-v05-010", "kind": "system_export", "text": """[관리비 온라인 납부 로그] 단지코드 {{code:A10024781}}
{{date:2024-11-23 08:00:02}} AUTO  103-1504 [[PERSON:심재경]] card=[[CREDIT_CARD:467309******2281]] amt={{amount:318800}} OK
{{date:2024-11-24 21:17:45}} WEB   105-0203 [[PERSON:Chen Yuting]] card=[[CREDIT_CARD:5522-41**-****-9008]] amt={{amount:276410}} OK ip=[[IP_ADDRESS:118.235.11.92]]
{{date:2024-11-25 09:31:12}} WEB   101-0302 [[PERSON:우영철]] acct=[[BANK_ACCOUNT:1002-***-442817]] amt={{amount:300000}} PARTIAL ip=[[IP_ADDRESS:61.74.203.15]]
{{date:2024-11-25 09:31:13}} SYS   gw={{ip_gateway:172.30.0.1}} app={{version:2.14.3-rc1}}"""},

{"id": "s10-v05-011", "kind": "officer_memo", "text": """영구임대 임대료 체납 세대 면담 결과 (LH 수원권 주거행복지원센터)
- 대상: [[PERSON:신용팔]]([[BIRTH_DATE:1952. 9. 9]]), [[KR_ADDRESS:권선구 금곡로 197, 금곡LH1단지 104동 1208호]]
- 체납: 임대료+관리비 11개월 {{amount:2,914,000원}}
- 사유: 본인 허리수술({{date:24.3월}}) 후 일용직 중단. 아들 [[PERSON:신동원]]([[BIRTH_DATE:1985]]년생)과 연락 두절.
- 조치: 긴급복지 연계(권선구 {{org_name:금곡동 행정복지센터}} 맞춤형복지팀 [[PERSON:하세영]]), 분할납부 약정 체결. 퇴거조치 보류.
면담자 [[PERSON:고은채]]"""},

{"id": "s10-v05-012", "kind": "spreadsheet", "text": """2025학년도 ○○아파트 입주민 장학생 선발 명단
성명,학교,학번,생년월일,동호,장학금
[[PERSON:위다은]],성균관대 자연과학캠퍼스,[[STUDENT_ID:2023311847]],[[BIRTH_DATE:2004.03.11]],108-702,{{amount:1,000,000}}
[[PERSON:여준호]],한국외대 글로벌캠퍼스,[[STUDENT_ID:202404129]],[[BIRTH_DATE:2005.08.27]],103-1101,{{amount:1,000,000}}
[[PERSON:문세린]],수원여대,[[STUDENT_ID:S24-0781]],[[BIRTH_DATE:2005.01.02]],110-405,{{amount:500,000}}
선정일 {{date:2025.02.14}} / 입주자대표회의 장학위원회"""},

{"id": "s10-v05-013", "kind": "ocr_form", "text": """공동주택관리 분쟁조정 신청서
신 청 인  성명 [[PERSON:탁 윤 희]]    생년월일 [[BIRTH_DATE:1977. 12. O4]]
          주소 [[KR_ADDRESS:수원시 영통구 영통로214번길 41, 905-1102]]
          전화 [[PHONE_NUMBER:O1O-6711-3O92]]   전자우편 [[EMAIL_ADDRESS:yunhee_tak@nate.com]]
피신청인  {{org_name:벽적골9단지 관리사무소}} (관리소장 [[PERSON:마동규]])
신청취지  난방비 부과 내역 공개 및 과다 부과분 반환
접수 {{date:2025. 2. 3}}  접수번호 {{case_number:경기-공동-2025-0119}}"""},

{"id": "s10-v05-014", "kind": "sms", "text": """[벽적골9단지] {{date:12월분}} 관리비 {{amount:287,550원}} (905-1102) 납기 {{date:1/25}}. 자동이체 세대 {{date:1/23}} 출금. 문의 관리실 {{public_number:031-205-1090}}"""},

{"id": "s10-v05-015", "kind": "officer_memo", "text": """동대표 선거 후보자 등록 현황 (선거관리위원장 [[PERSON:라종호]])
선거구 | 후보 | 생년월일 | 거주기간 | 결격사유 확인
101~102동 | [[PERSON:구재훈]] | [[BIRTH_DATE:'61.04.19]] | 9년 | 이상없음
103~104동 | [[PERSON:Yoon Mira]]([[PERSON:윤미라]]) | [[BIRTH_DATE:1983.7.30]] | 3년 | 이상없음
105~106동 | [[PERSON:위성필]] | [[BIRTH_DATE:1958. 2. 12.]] | 12년 | 관리비 체납 여부 확인중
107~108동 | [[PERSON:엄기찬]] | [[BIRTH_DATE:1990년 11월 8일]] | 1년 7개월 | 거주기간 미달(6개월 이상은 충족)
등록마감 {{date:2025.03.07 18:00}}"""},

{"id": "s10-v05-016", "kind": "citizen_letter", "text": """I am a tenant at [[KR_ADDRESS:Gwanggyo Central Prugio 3102-1405, 156 Gwanggyojungang-ro, Yeongtong-gu, Suwon]]. My name is [[PERSON:Daniel Okafor]]. The management office charged me {{amount:KRW 640,000}} for "long-term repair fund" when I moved out on {{date:30 Nov 2024}}, but my landlord says tenants should not pay this.
My alien registration no. [[KR_FRN:880214-5412030]], phone [[PHONE_NUMBER:+82 10 4492 1830]], email [[EMAIL_ADDRESS:d.okafor88@protonmail.com]].
Please help. Thank you."""},

{"id": "s10-v05-017", "kind": "officer_memo", "text": """[[PERSON:Daniel Okafor]] 민원 회신 요지: 장기수선충당금은 소유자 부담, 임차인 납부분은 소유자에게 반환 청구 가능(공동주택관리법 시행령 제31조). 영문 회신 {{date:12/12}} 발송. 담당 [[PERSON:임채원]]"""},

{"id": "s10-v05-018", "kind": "system_export", "text": """방문차량 사전등록 내역 (입주민앱)
등록일시            | 방문세대 | 등록자 | 차량번호 | 방문기간
{{date:2025-01-04 13:02}} | 108-702 | [[PERSON:위다은]] | [[KR_CAR_PLATE:54우 1187]] | {{date:01-04~01-05}}
{{date:2025-01-04 17:40}} | 103-1101 | [[PERSON:여준호]] | [[KR_CAR_PLATE:서울 23 고 8804]] | {{date:01-04}}
{{date:2025-01-05 09:15}} | 105-0203 | [[PERSON:Chen Yuting]] | [[KR_CAR_PLATE:경북91하3390]] | {{date:01-05~01-07}}"""},
]
