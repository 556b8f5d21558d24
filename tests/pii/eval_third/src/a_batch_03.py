# Writer a, batch 03: apartment management disputes, staff notes, refunds, notices.
# All values are invented. CC0 1.0.
DOCS = [
{"id": "s3-a03-001", "kind": "meeting_note", "text": """○○마을 3단지 입주자대표회의 분쟁 관련 현장조정 결과
일시: {{date:2024. 5. 16.(목)}} {{time:19:00}} / 장소: 단지 내 {{room_number:관리동 2층 회의실}}
참석: 시 공동주택과 [[PERSON:고은별]] 주무관(직원번호 [[EMPLOYEE_ID:2011047]]), 입대의 회장 [[PERSON:백승호]], 관리소장 [[PERSON:염지수]], 민원인 [[PERSON:탁재완]]·[[PERSON:변미영]]
쟁점: ① 경비원 감축 ② 승강기 교체공사 업체 선정 ③ 회의록 비공개
합의: 회의록은 {{date:5월 31일}}까지 홈페이지 공개, 업체 선정은 재입찰
문서번호 {{document_number:공동주택과-8831}}"""},

{"id": "s3-a03-002", "kind": "complaint_letter", "text": """관리사무소 직원 갑질 신고합니다.

어제({{date:6/11}}) 택배 찾으러 갔다가 관리사무소 직원이 반말하고 소리를 질렀습니다. 명찰에 '[[PERSON:최OO]] / 사번 [[EMPLOYEE_ID:KM-0317]]'이라고 적혀 있었어요. 위탁관리업체는 {{org_name:(주)케이엠주택관리}}({{public_number:1644-3871}}) 입니다.
저는 [[KR_ADDRESS:용인시 수지구 신봉2로 21 신봉자이1차 113동 1801호]] 주민 [[PERSON:도혜린]]입니다. 처리 결과를 문자([[PHONE_NUMBER:010-7713-0286]])로 받고 싶습니다."""},

{"id": "s3-a03-003", "kind": "notice_with_example", "text": """[안내] 국민신문고 민원 신청 시 개인정보 기재 유의사항
- 주민등록번호는 적지 마세요. (예: {{format_example:000000-0000000}})
- 여권번호({{format_example:M12345678}} 형식)는 꼭 필요한 경우에만 첨부파일로 제출
- 연락처는 {{format_example:010-0000-0000}} 형식으로 입력
문의: 수원시 민원봉사과 {{public_number:031-228-2114}} / {{public_email:civil@suwon.go.kr}}
게시일 {{date:2024.02.01}} / 조회수 {{statistic:1,482}}"""},

{"id": "s3-a03-004", "kind": "counsel_note", "text": """[체육시설 환불 접수]
회원명 [[PERSON:유다인]] / 회원번호 {{member_number:S240118-0042}}
생년월일 [[BIRTH_DATE:2011-03-15]] (보호자 [[PERSON:유상민]] 신청)
강좌: 청소년 수영 중급 (월수금 17:00)
결제: 신한카드 [[CREDIT_CARD:4518-44**-****-2207]] / 결제일 {{date:2024-03-02}} / {{amount:66,000원}}
환불사유: 골절(진단서 첨부) → 잔여 {{count:9회}} 환불
승인번호 {{approval_number:30118742}}"""},

{"id": "s3-a03-005", "kind": "sms", "text": """[[PERSON:주은]]씨 나 [[PERSON:옥순]]이 언니야. 구청에서 기초생활 서류 떼오라는데 니 주민번호 뒷자리 뭐였지? 앞은 [[KR_RRN:580917]] 맞지? 문자로 보내줘 [[PERSON:옥순]]이가"""},

{"id": "s3-a03-006", "kind": "email", "text": """Subject: [재난지원] 소상공인 지원금 신청서 제출
From: [[EMAIL_ADDRESS:bakery.jjh@naver.com]]

담당자님 안녕하세요.
용인 처인구에서 "정빵집"을 운영하는 [[PERSON:정재희]]입니다. 
사업자등록번호: [[KR_BRN:142-05-3318?]]
대표자 생년월일: [[BIRTH_DATE:1982년 9월 4일]]
사업장 주소: [[KR_ADDRESS:용인시 처인구 금령로 63-1 1층]]
지원금 입금계좌: 기업은행 [[BANK_ACCOUNT:011-082194-01-017]]
첨부: 사업자등록증, 통장사본, 매출감소 증빙

[[PERSON:정재희]] 드림 / [[PHONE_NUMBER:010-4829-1135]]"""},

{"id": "s3-a03-007", "kind": "portal_export", "text": """■ 처리결과 통보
신청번호: {{case_number:1AA-2405-0771236}}
신청인: [[PERSON:Tanaka Yui]] ([[PERSON:다나카 유이]])
외국인등록번호: [[KR_FRN:950812-6******]]
주소: [[KR_ADDRESS:성남시 분당구 판교역로 10 판교 원마을 9단지 905동 1203호]]
처리기관: 성남시 분당구 민원지적과
담당자: [[PERSON:황인서]] (☎ [[PHONE_NUMBER:031-729-7418]])
처리결과: 등록사항 정정 완료 ({{date:2024.05.20}})"""},

{"id": "s3-a03-008", "kind": "call_transcript", "text": """- 네 여보세요
- 아 예 거기 구청이죠? 내가 저번에 말한 그 개 짖는 거 있잖아
- 네 어르신 성함이 어떻게 되세요?
- [[PERSON:나봉수]]. [[PERSON:나, 봉, 수]]. 주소는 [[KR_ADDRESS:팔달구 지동 128-42]]
- 네 [[PERSON:나봉수]] 어르신, 생년월일도 한 번만 말씀해 주시겠어요?
- [[BIRTH_DATE:사십 칠년 칠월 칠일]]. [[BIRTH_DATE:47.7.7]] 외우기 쉽지
- 네 확인했습니다. 담당 부서로 다시 전달하겠습니다."""},

{"id": "s3-a03-009", "kind": "complaint_letter", "text": """To whom it may concern,

My name is [[PERSON:Olivia Bennett]] and I live at [[KR_ADDRESS:Suwon-si Yeongtong-gu Gwanggyo-ro 156, Gwanggyo Xi Apt. 3305-1702]]. There has been construction noise starting at 6:30 a.m. on weekends next to my building. I am a teacher at a local school (staff no. [[EMPLOYEE_ID:T-2023-118]]) and my passport number for verification is [[KR_PASSPORT:548120773]] (UK).
Please contact me at [[EMAIL_ADDRESS:o.bennett.kr@gmail.com]] or [[PHONE_NUMBER:010-6288-4417]].
Thank you."""},

{"id": "s3-a03-010", "kind": "intake_note", "text": """장애인 활동지원 신청 접수 (대리 신청)
대상자: [[PERSON:심재민]]  남  [[BIRTH_DATE:2008년 11월 3일]]생 (만15세)
        학교: 성남OO학교 중3, 학생번호 [[STUDENT_ID:2308-1142]]
신청인(모): [[PERSON:안혜숙]]  [[BIRTH_DATE:'76.04.19]]  ☎ [[PHONE_NUMBER:010-2205-6618]]
주소: [[KR_ADDRESS:성남시 수정구 위례광장로 104 위례자연앤래미안 2311동 604호]]
장애정도: 심한 장애(자폐성) / 등록일 {{date:2012.06.05}}
접수 {{date:2024.04.17}} 담당 [[PERSON:서은지]]"""},

{"id": "s3-a03-011", "kind": "kakao_chat", "text": """[11동 주민 단톡방]
[[PERSON:이미나]]: 지금 놀이터 옆에 차 댄 거 누구예요 소방차 전용구역인데ㅠ
[[PERSON:김현수]]: [[KR_CAR_PLATE:291더 1457]] 이거요?
[[PERSON:이미나]]: 네네 그거요 흰색 그랜저
[[PERSON:한솔]]맘: 그거 1402호 차 같던데..
[[PERSON:김현수]]: 관리실에 전화했어요 {{public_number:031-204-2970}}
[[PERSON:이미나]]: 감사해요"""},

{"id": "s3-a03-012", "kind": "application_letter", "text": """긴급 주거지원 신청 사유

신청인: [[PERSON:구본철]] / [[KR_RRN:700228-164520?]]
{{date:2024년 1월 9일}} 새벽 화재로 살던 집([[KR_ADDRESS:수원시 권선구 평동 12-35 1층]])이 모두 탔습니다. 현재 찜질방에서 지내고 있습니다. 
동생 [[PERSON:구본희]]([[BIRTH_DATE:1974.8.15]], [[PHONE_NUMBER:010-9047-2238]]) 집에 잠시 있었으나 어려워졌습니다.
화재증명원 번호 {{document_number:제2024-0117호}} 첨부합니다."""},

{"id": "s3-a03-013", "kind": "email", "text": """안녕하세요, 기흥구청 교통과 [[PERSON:양희정]]입니다.
말씀하신 거주자우선주차 배정 결과 알려드립니다.
 - 배정자: [[PERSON:나윤호]] / 차량번호 [[KR_CAR_PLATE:104너 7720]]
 - 구획: {{parking_slot:구갈-B-017}}
 - 기간: {{date:2024.07.01~2024.12.31}}
 - 요금: {{amount:월 20,000원}} (가상계좌 {{public_account:농협 790-1234-5678-01}})
문의는 제 직통번호 [[PHONE_NUMBER:031-5189-4471]] 또는 [[EMAIL_ADDRESS:yhj2024@korea.kr]]로 주세요."""},

{"id": "s3-a03-014", "kind": "counsel_note", "text": """순번|접수일|민원인|생년월일|전화|요지
01|{{date:06.10}}|[[PERSON:강민철]]|[[BIRTH_DATE:650311]]|[[PHONE_NUMBER:010-3318-2270]]|무단투기 신고
02|{{date:06.10}}|[[PERSON:임수연]]|[[BIRTH_DATE:881102]]|[[PHONE_NUMBER:010-7765-1023]]|가로수 가지치기
03|{{date:06.11}}|[[PERSON:박O철]]|[[BIRTH_DATE:5507**]]|[[PHONE_NUMBER:031-212-5546]]|경로당 난방
04|{{date:06.11}}|[[PERSON:Ali Hassan]]|[[BIRTH_DATE:910420]]|[[PHONE_NUMBER:010-2210-9981]]|외국인등록 문의"""},

{"id": "s3-a03-015", "kind": "complaint_letter", "text": """시장님 저는 [[PERSON:선우재영]]이라고 합니다. 
아들 [[PERSON:선우진]]이가 아주대 다니는데 (학번 [[STUDENT_ID:202121389]]) 학교 앞 원룸촌 골목에 가로등이 하나도 없어서 밤에 위험하다고 합니다. 여학생들도 많이 다니는 길인데요. 장소는 [[KR_ADDRESS:영통구 원천동 47-8]] 주변 골목 일대입니다. 
{{date:3월}}에 다른 학생이 넘어져 다친 적도 있다고 들었습니다. 빠른 조치 부탁드립니다."""},

{"id": "s3-a03-016", "kind": "sms", "text": """(광고)아님 - 성남시청 위생과입니다. [[PERSON:임채원]] 대표님, 영업신고증 재발급 준비되었습니다. 신분증 지참하여 {{date:6월 21일(금)}}까지 방문바랍니다. 등기번호 {{tracking_number:1234-5678-9012}}로 발송도 가능합니다."""},

{"id": "s3-a03-017", "kind": "intake_note", "text": """출생신고 처리 메모
출생자: [[PERSON:김하온]] / 출생일시 [[BIRTH_DATE:2024년 5월 28일]] {{time:03시 41분}} / 출생장소 {{place_name:아주대학교병원}}
부: [[PERSON:김태양]] ([[KR_RRN:910305-1******]])
모: [[PERSON:Pham Thi Lan]] (외국인등록번호 [[KR_FRN:970119-6238715]])
신고일: {{date:2024.06.07}} / 신고인: 부
※ 첫만남이용권 {{amount:200만원}} 국민행복카드 [[CREDIT_CARD:9410 61** **** 8832]] 로 지급 예정"""},

{"id": "s3-a03-018", "kind": "complaint_letter", "text": """제목: 폐가 방치

[[KR_ADDRESS:처인구 포곡읍 둔전리 612-3]] 빈집이 몇 년째 방치돼서 고양이랑 쥐가 들끓고 있습니다. 소유자가 [[PERSON:장○호]]라는 분이라는데 연락이 안 된다고 하네요. 
시에서 빈집정비사업으로 처리할 수 없나요? 
옆집 사는 [[PERSON:유재춘]] 드림 ([[PHONE_NUMBER:010-삼삼사일-2098]] → [[PHONE_NUMBER:010-3341-2098]])"""},
]
