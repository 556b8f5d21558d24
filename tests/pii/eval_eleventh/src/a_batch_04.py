# Writer a, batch 04: childbirth support (birth grants, postpartum vouchers, parent benefit). CC0 1.0.
DOCS = [
{"id": "s11-a04-001", "kind": "scanned_form_ocr", "text": """용인시 출산지원금 신청서
■ 산모   성명 [[PERSON:권 나 래]]   주민등록번호 [[KR_RRN:92O1l7-2******]]
■ 출생아 성명 [[PERSON:임 도 윤]]   출생일 [[BIRTH_DATE:2O25. O3. O8.]]   출생순위 : 둘째
■ 주소 [[KR_ADDRESS:용인시 수지구 신봉2로 72, 신봉마을 LG자이 1차 1l6동 2O3호]]
■ 연락처 [[PHONE_NUMBER:O1O-4l72-56O9]]
■ 지급계좌  은행명 : 우 리   계좌번호 : [[BANK_ACCOUNT:1OO2-5S1-2O7731]]   예금주 : [[PERSON:권나래]]
위와 같이 신청합니다.     {{date:2O25 년 O3 월 27 일}}     신청인 [[PERSON:권나래]] (서명)
※ 처리부서 : 수지구 풍덕천1동 행정복지센터 ☎ {{public_number:O31-324-81O2}}"""},

{"id": "s11-a04-002", "kind": "sms", "text": """[Web발신]
(광고아님)[국민행복카드] [[PERSON:임*윤]] 아기 첫만남이용권 {{amount:2,000,000원}} 포인트가 카드([[CREDIT_CARD:4579-72**-****-3308]])에 지급되었습니다. 사용기한: 출생일로부터 1년({{date:~2026.03.07}})"""},

{"id": "s11-a04-003", "kind": "complaint_letter", "text": """경기도 산후조리비 지원금이 안 들어왔어요

아기는 [[BIRTH_DATE:2025년 1월 23일]]에 태어났고 {{date:2월 3일}}에 출생신고하면서 같이 신청했습니다. 그런데 {{date:2월 중순}}에 저희가 수원에서 성남으로 이사를 왔어요.
수원 쪽에서는 성남으로 넘겼다고 하고 성남 쪽은 모른다고 합니다. 지역화폐 카드 번호 [[CREDIT_CARD:5327 0911 4408 216?]] 이고, 지금 주소는 [[KR_ADDRESS:성남시 분당구 판교역로 210, 봇들마을 4단지 휴먼시아 403동 1102호]]입니다.
산모: [[PERSON:윤서진]] ([[BIRTH_DATE:1993.02.11]]), 아기: [[PERSON:장하루]]
이전 주소: [[KR_ADDRESS:수원시 영통구 광교중앙로 140 수원광교 호반베르디움 1201동 504호]]
연락처: [[PHONE_NUMBER:010-9920-3314]] / [[EMAIL_ADDRESS:seojin0211@kakao.com]]"""},

{"id": "s11-a04-004", "kind": "kakaotalk", "text": """남편 ♥[[PERSON:준혁]]: 부모급여 신청했어?
나: 아니 아직 ㅠ 복지로 들어갔는데 아기 주민번호 넣으래
남편 ♥[[PERSON:준혁]]: [[KR_RRN:250604-312551?]] 이거야 등본 사진 보냄
나: ㅇㅋ 계좌는 내 카뱅으로 할게 [[BANK_ACCOUNT:3333-21-8840172]]
남편 ♥[[PERSON:준혁]]: ㅇㅇ 60일 안에 해야 소급된대 {{date:8/2}}까지
나: 알지~ [[PERSON:도아]] 100일 때 사진관 예약도 해야되는데 ㅋㅋ"""},

{"id": "s11-a04-005", "kind": "email", "text": """보낸사람: 라온산후조리원 <{{public_email:raon_care@naver.com}}>
받는사람: 분당구보건소 모자보건팀 [[PERSON:방수아]] 주무관 <[[EMAIL_ADDRESS:suabang@korea.kr]]>
제목: 산후조리비 바우처 가맹 신청 서류 재제출

주무관님, 지적하신 사업자등록증 사본 다시 첨부합니다.
- 상호: 라온산후조리원 (개인사업자)
- 대표자: [[PERSON:현미정]]
- 사업자등록번호: [[KR_BRN:129-31-0742?]]
- 소재지: [[KR_ADDRESS:성남시 분당구 서현로 180번길 19, 5~6층]]
- 정산계좌: 하나 [[BANK_ACCOUNT:287-910235-77207]]
담당 실장 [[PERSON:지윤희]] [[PHONE_NUMBER:010-7215-4409]]로 연락 주세요."""},

{"id": "s11-a04-006", "kind": "spreadsheet_export", "text": """출산지원금 지급대장 ({{date:2025.04}}) - 성남시 중원구
번호,산모명,출생아,출생일,출생순위,지급액,은행,계좌번호,지급일
1,[[PERSON:염소영]],[[PERSON:권지안]],[[BIRTH_DATE:2025-03-02]],1,{{amount:300000}},국민,[[BANK_ACCOUNT:729601-04-112238]],{{date:2025-04-18}}
2,[[PERSON:Tran Thi Mai]],[[PERSON:이서준]],[[BIRTH_DATE:2025-03-05]],2,{{amount:500000}},농협,[[BANK_ACCOUNT:302-4418-2275-11]],{{date:2025-04-18}}
3,[[PERSON:어혜진]],[[PERSON:박시우]]/[[PERSON:박시아]],[[BIRTH_DATE:2025-03-11]],1(쌍),{{amount:600000}},신한,[[BANK_ACCOUNT:110-502-338841]],{{date:2025-04-18}}
4,[[PERSON:피수정]],(미정),[[BIRTH_DATE:2025-03-29]],3,{{amount:1000000}},카카오,[[BANK_ACCOUNT:3333-05-9172234]],{{date:2025-04-25}}"""},

{"id": "s11-a04-007", "kind": "phone_memo", "text": """전화 ({{date:5.12}} 11:20) 쌍둥이 아빠 [[PERSON:봉준서]] [[PHONE_NUMBER:010-8847-0356]]
- 쌍둥이 [[BIRTH_DATE:4/30]] 출생, 둘째가 NICU 입원중이라 출생신고 늦어짐
- 다태아 산모신생아 건강관리 지원 기간 연장되는지 문의 → 퇴원 후 30일 이내 신청 가능 안내
- 아내 이름 [[PERSON:길소라]]
회신 필요 X"""},

{"id": "s11-a04-008", "kind": "system_log", "text": """bokjiro-apply 2025-06-09T23:58:12.004+09:00 INFO  apply.submit svc=PARENT_BENEFIT appId={{case_number:PB-20250609-771204}} applicant_rrn=[[KR_RRN:910822-2******]] child_dob=[[BIRTH_DATE:2025-05-20]] client_ip=[[IP_ADDRESS:175.223.40.118]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS {{version:17_4}} like Mac OS X)"
bokjiro-apply 2025-06-09T23:58:12.311+09:00 INFO  auth.cert ok provider=PASS ip=[[IP_ADDRESS:175.223.40.118]]
bokjiro-apply 2025-06-09T23:59:40.870+09:00 ERROR apply.submit timeout appId={{case_number:PB-20250609-771205}} client_ip=[[IP_ADDRESS:fe80::1c2a:9ff:fe41:3b07]]"""},

{"id": "s11-a04-009", "kind": "case_note", "text": """[위기임산부 사례관리 기록]  작성 {{date:2025-07-03}} / 담당 [[PERSON:여은채]]
대상: [[PERSON:소○○]](만 17세, [[BIRTH_DATE:2008년 1월]]생), {{org_name:○○고등학교}} 2학년 학번 [[STUDENT_ID:20914]]
출산예정일 {{date:2025.08.20}}. 친부 [[PERSON:한정우]](19) 연락 안 됨.
보호자: 외조모 [[PERSON:소말자]] [[PHONE_NUMBER:031-336-2047]] / [[KR_ADDRESS:용인시 처인구 남사읍 봉무리 203-11]]
- 학업중단 숙려 신청, 학교 상담교사 [[PERSON:계수민]] 선생님과 협의({{date:7/1}})
- 출산 후 보호출산 의사 없음. 양육 희망. 청소년산모 임신출산의료비 {{amount:120만원}} 신청 완료."""},

{"id": "s11-a04-010", "kind": "notice", "text": """[수원시] 2025년 출산지원금 안내
- 첫째 {{amount:50만원}}, 둘째 {{amount:100만원}}, 셋째 이상 {{amount:200만원}}
- 신청: 출생일 기준 1년 이내, 주민등록 주소지 동 행정복지센터
- 신청서 작성 예: 생년월일 {{format_example:2025.01.01}} / 계좌번호 {{format_example:000-0000-0000-00}}
- 문의: 수원시 콜센터 {{public_number:1899-3300}} / 아동청소년과 {{public_email:child@suwon.go.kr}}
- 시행일: {{date:2025. 1. 1.}} 이후 출생아부터 적용"""},

{"id": "s11-a04-011", "kind": "email", "text": """Dear Officer,

My name is [[PERSON:Maria Santos Dela Cruz]]. I am Filipino, married to Korean [[PERSON:오현석]].
Our baby girl [[PERSON:Sofia]] (한국이름 [[PERSON:오소희]]) was born on [[BIRTH_DATE:June 14, 2025]] at {{org_name:Ajou University Hospital}}.
My alien registration no. is [[KR_FRN:890301-6142237]] and passport [[KR_PASSPORT:P4412078B]].
Can I get 첫만남이용권 even if I am not Korean citizen yet? We live at [[KR_ADDRESS:Suwon-si Yeongtong-gu Maeyeong-ro 345, 212-1804]].
Please reply to [[EMAIL_ADDRESS:maria.sdc89@yahoo.com]] or call [[PHONE_NUMBER:+82 10-3398-2741]].
Thank you, [[PERSON:Maria]]"""},

{"id": "s11-a04-012", "kind": "form_export", "text": """산모·신생아 건강관리 서비스 제공계획서
제공기관: 맘편한케어 수원지점 (기관번호 {{code:S41110-0087}})
산모: [[PERSON:하지민]]  생년월일 [[BIRTH_DATE:19950318]]
신생아: [[PERSON:조하진]] 출생일 [[BIRTH_DATE:20250701]]  체중 {{statistic:3.21kg}}
주소: [[KR_ADDRESS:수원시 권선구 금곡로 197 엘지빌리지 3차 309동 1201호]]
건강관리사: [[PERSON:엄순애]] (직원번호 [[EMPLOYEE_ID:MK-2117]], [[PHONE_NUMBER:010-5540-8826]])
서비스 기간: {{date:2025-07-08 ~ 2025-07-28}} (15일, 단태아 표준형)
본인부담금 {{amount:359,000원}}"""},

{"id": "s11-a04-013", "kind": "official_letter", "text": """부모급여 지급 결정 통지서

[[PERSON:류민지]] 귀하
귀하께서 {{date:2025. 8. 14.}} 신청하신 부모급여(아동 [[PERSON:서지오]], [[BIRTH_DATE:2025. 7. 2.]]생)에 대하여 다음과 같이 지급을 결정하였음을 알려드립니다.
 ○ 지급액: 월 {{amount:1,000,000원}} (0세 가정양육)
 ○ 지급개시: {{date:2025년 7월}}분부터 (출생월 소급)
 ○ 지급일: 매월 {{date:25일}}
 ○ 지급계좌: 신한은행 [[BANK_ACCOUNT:110-***-***512]]
※ 어린이집 이용 시 보육료 바우처로 전환됩니다.
{{date:2025. 8. 21.}}
수원시 장안구 파장동장"""},

{"id": "s11-a04-014", "kind": "sms", "text": """관리사님 저 [[PERSON:하지민]]이에요 ㅎㅎ 내일 {{time:9시 반}}까지 와주세요~ 공동현관 비번은 문자로 따로 드릴게요. 주차는 [[KR_CAR_PLATE:158러 2046]] 제 차 옆 자리 비어있어요"""},

{"id": "s11-a04-015", "kind": "intake_memo", "text": """행복출산 원스톱서비스 접수 ({{date:2025/09/01}}, 담당 [[PERSON:윤재영]])
부: [[PERSON:마태호]] [[KR_RRN:880214-110482?]] [[PHONE_NUMBER:010-2279-9063]]
모: [[PERSON:주은비]] [[KR_RRN:900707-231904?]]
자: [[PERSON:마윤슬]] 출생 [[BIRTH_DATE:2025.08.26]] {{time:04:17}} / {{org_name:분당차병원}}
주소: [[KR_ADDRESS:성남시 분당구 야탑로 81번길 10 아미고타워 102동 801호]]
신청항목: 출산지원금 / 첫만남이용권 / 부모급여 / 아동수당 / 전기요금감면
※ 모 고용보험 가입 → 육아휴직급여는 고용센터 별도 안내"""},

{"id": "s11-a04-016", "kind": "complaint_letter", "text": """산모신생아 건강관리사 교체 요청 민원
{{date:10월 6일}}부터 오신 관리사님([[PERSON:송○희]])이 아기 안고 계속 휴대폰 보시고 제가 빨래 부탁하니까 그건 업무가 아니라고 하셨습니다. 또 개인 차량([[KR_CAR_PLATE:34오 5517]])을 저희 아파트 소방차 전용구역에 세우셔서 관리실에서 방송까지 나왔습니다.
기관({{org_name:아이맘케어 용인지사}})에 말했는데 대체 인력이 없다고만 합니다.
산모 [[PERSON:예슬기]] / 아기 [[BIRTH_DATE:2025-09-28]]생 / [[PHONE_NUMBER:010-4471-0825]]"""},

{"id": "s11-a04-017", "kind": "roster", "text": """| 건강관리사 | 사번 | 배정 산모 | 산모 연락처 | 주소(동) | 기간 |
| [[PERSON:엄순애]] | [[EMPLOYEE_ID:MK-2117]] | [[PERSON:하지민]] | [[PHONE_NUMBER:010-2218-7703]] | 금곡동 | {{date:07/08~07/28}} |
| [[PERSON:육정화]] | [[EMPLOYEE_ID:MK-2140]] | [[PERSON:Olga Petrova]] | [[PHONE_NUMBER:010-9932-4481]] | 세류동 | {{date:07/10~07/23}} |
| [[PERSON:배연주]] | [[EMPLOYEE_ID:MK-1988]] | [[PERSON:석하은]] | [[PHONE_NUMBER:010-6607-3319]] | 호매실동 | {{date:07/14~08/01}} |"""},

{"id": "s11-a04-018", "kind": "memo", "text": """포스트잇) [[PERSON:장하루]] 엄마 산후조리비 이관건 → 수원 영통구 모자보건 [[PERSON:이수민]]쌤 [[PHONE_NUMBER:031-228-8753]] 통화함. {{date:3/14}} 이관 처리 완료, 성남 분당보건소로 넘어감"""},
]
