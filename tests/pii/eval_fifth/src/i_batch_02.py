# Writer i, batch 02: e-mail chains, signatures, forwarded headers. CC0 1.0. All values invented.
DOCS = [
{"id": "s5-i02-001", "kind": "email_chain", "text": """---------- Forwarded message ---------
보낸사람: [[PERSON:염태식]] <[[EMAIL_ADDRESS:yts5521@hanmail.net]]>
Date: {{date:2024년 4월 2일 (화) 오후 3:41}}
Subject: 영통구 도로 파손 민원 재접수 드립니다
To: <{{public_email:minwon@suwon.go.kr}}>

담당자님께,
지난달 신고한 [[KR_ADDRESS:수원시 영통구 매영로 345번길 22]] 앞 보도블럭 파손이 아직 그대로입니다.
저희 어머니([[BIRTH_DATE:1941년생]])께서 지팡이를 짚으시는데 두 번이나 넘어지셨습니다.
연락은 [[PHONE_NUMBER:010-5526-1187]] 또는 집 [[PHONE_NUMBER:031-203-4419]] 로 주십시오.
[[PERSON:염태식]] 드림"""},

{"id": "s5-i02-002", "kind": "email_chain", "text": """From: 인사팀 [[PERSON:문지혜]] <[[EMAIL_ADDRESS:jh.moon@hanbitlogis.com]]>
Sent: {{date:Monday, March 4, 2024 9:12 AM}}
To: [[PERSON:나승우]] <[[EMAIL_ADDRESS:seungwoo.na@gmail.com]]>
Subject: RE: 입사 서류 제출 관련

[[PERSON:승우]]님 안녕하세요,
보내주신 서류 중 급여 통장 사본의 계좌번호가 흐릿하게 보여 확인 요청드립니다.
- 신한 [[BANK_ACCOUNT:110-482-339017]] (예금주 [[PERSON:나승우]]) 맞으신지요?
- 주민등록등본상 주소: [[KR_ADDRESS:성남시 분당구 정자일로 95, 703동 1502호 (정자동, 느티마을)]]
입사일은 {{date:3월 11일}}로 확정되었고, 사번은 [[EMPLOYEE_ID:HB-240311-07]] 입니다.

-----Original Message-----
From: [[PERSON:나승우]]
Sent: {{date:Friday, March 1, 2024 11:48 PM}}
> 첨부로 등본, 통장사본, 졸업증명서 보내드립니다. 잘 부탁드립니다."""},

{"id": "s5-i02-003", "kind": "email_chain", "text": """제목: [장학팀] 2024-2학기 성적우수장학금 추천서 송부
받는 사람: {{public_email:scholarship@ajou-univ.example.ac.kr}}

안녕하십니까, 건축공학과 [[PERSON:편도현]] 교수입니다.
아래 학생을 성적우수장학 대상자로 추천합니다.

성명: [[PERSON:곽지유]] (郭智瑜)
학번: [[STUDENT_ID:201923418]]
생년월일: [[BIRTH_DATE:2000. 4. 27.]]
연락처: [[PHONE_NUMBER:010-2718-3306]]

해당 학생은 {{date:2023년 2학기}} 학점 4.41/4.5로 학과 수석이며...
[[PERSON:편도현]] 드림 / 연구실 [[PHONE_NUMBER:031-219-2573]]"""},

{"id": "s5-i02-004", "kind": "email_chain", "text": """> 2024. 6. 7. 오전 10:03, [[PERSON:구하람]] <[[EMAIL_ADDRESS:haram.koo@outlook.kr]]> 작성:
>
> 대표님 계약서 초안 확인했습니다. 임차인 정보 기재 부탁드려요.

네 [[PERSON:하람]]씨,
임차인: [[PERSON:피승연]] ([[BIRTH_DATE:1988.02.11]]생)
현주소: [[KR_ADDRESS:용인시 처인구 금령로 97-1 명성빌라 B동 202호]]
목적물: [[KR_ADDRESS:용인시 처인구 백옥대로 1126, 상가동 1층 105호]]
계약기간: {{date:2024.07.01 ~ 2026.06.30}}
보증금은 계약일 {{date:6월 14일}}에 10% 입금 예정입니다.

--
[[PERSON:신광철]] | 한빛공인중개사사무소
M. [[PHONE_NUMBER:010.8812.0937]]  T. {{public_number:031-334-8800}}"""},

{"id": "s5-i02-005", "kind": "email_chain", "text": """Dear Ms. [[PERSON:Nguyen Thi Hoa]],

Thank you for your application for the E-9 to E-7-4 status change. Before we forward the
file to the 출입국·외국인청, please confirm the details below.

Full name : [[PERSON:NGUYEN THI HOA]]
Date of birth : [[BIRTH_DATE:14/09/1993]]
Passport No. : [[KR_PASSPORT:C8812047]]
ARC No. : [[KR_FRN:930914-6******]]
Entry date : {{date:2019-05-20}}

Kind regards,
[[PERSON:Seo Ji-won]] ([[PERSON:서지원]]) | 상담팀
Direct [[PHONE_NUMBER:+82-31-8017-4452]] | [[EMAIL_ADDRESS:jiwon.seo@bridge-visa.kr]]"""},

{"id": "s5-i02-006", "kind": "email_chain", "text": """보낸 사람: "[[PERSON:탁은비]]" <[[EMAIL_ADDRESS:eunbi_tak@nate.com]]>
보낸 날짜: {{date:2023년 12월 18일 월요일 오후 8:55}}
받는 사람: 관리사무소 <{{public_email:office@hillstate-yt.co.kr}}>
제목: 주차등록 차량 변경 요청

안녕하세요 [[KR_ADDRESS:304동 1203호]] 입니다.
차를 바꿔서 기존 [[KR_CAR_PLATE:57가 3318]] 삭제하고 [[KR_CAR_PLATE:231머 7740]]으로 등록 부탁드립니다.
자동차등록증 사본 첨부합니다. 소유자는 남편 [[PERSON:여준기]]입니다.
감사합니다."""},

{"id": "s5-i02-007", "kind": "email_chain", "text": """Subject: Fw: Fw: 세무 기장 자료 (3월분)

===== 원본 메일 =====
From : 세무회계 정담 [[PERSON:어수경]] 세무사 <[[EMAIL_ADDRESS:sk.eo@jeongdam-tax.com]]>
Date : {{date:2024/04/08 17:22}}

사장님, 부가세 예정신고 관련 확인 부탁드립니다.
상호: 달빛분식 / 사업자등록번호 [[KR_BRN:135-27-6012?]] / 대표 [[PERSON:제갈현숙]]
사업장: [[KR_ADDRESS:수원시 팔달구 정조로 880, 1층]]
카드매출 입금 계좌: 기업 [[BANK_ACCOUNT:036-117542-01-019]]
참고로 거래처 (주)하늘유통 사업자번호 {{business_number:124-86-33150}} 는 법인이라 세금계산서 따로 받으셔야 해요."""},

{"id": "s5-i02-008", "kind": "email_chain", "text": """RE: [긴급] 사내망 접속 장애 (3층 회계팀)

[[PERSON:진우람]] 님,
확인해 보니 회계팀 PC 중 [[IP_ADDRESS:172.16.30.45]] 한 대가 DHCP 충돌을 일으키고 있었습니다.
게이트웨이 {{ip_gateway:172.16.30.1}}, 마스크 {{subnet_mask:255.255.255.0}} 그대로 두시고 고정IP를 [[IP_ADDRESS:172.16.30.112]]로 바꿨습니다.
해당 PC 사용자는 [[PERSON:라은수]] 대리 (사번 [[EMPLOYEE_ID:20170458]]) 입니다.

정보보안파트 [[PERSON:봉시훈]] / 내선 {{extension:4417}}"""},

{"id": "s5-i02-009", "kind": "email_chain", "text": """안녕하세요. 지난주 전화드렸던 [[PERSON:석미래]]입니다.
아버지 사망신고 후 상속재산 조회 신청 건으로 메일 드립니다.

고인: [[PERSON:석 판 돌]] ([[PERSON:石判乭]])
생년월일: [[BIRTH_DATE:1939년 1월 8일]] (주민등록상. 실제 생신은 음력 [[BIRTH_DATE:1938년 11월 19일]])
사망일: {{date:2024년 1월 23일}}
주소: [[KR_ADDRESS:경기도 용인시 처인구 모현읍 왕산리 산 21-3]]
신청인(딸): [[PERSON:석미래]] [[KR_RRN:711203-2******]]

필요한 서류가 더 있으면 알려주세요. 번호는 [[PHONE_NUMBER:010 4402 8815]] 입니다."""},

{"id": "s5-i02-010", "kind": "email_chain", "text": """From: noreply <{{public_email:noreply@shop.lotte-e.example.com}}>
To: [[EMAIL_ADDRESS:park.sehee82@gmail.com]]
Date: {{date:Thu, 15 Feb 2024 02:14:09 +0900}}
Subject: [환불완료] 주문번호 {{order_number:20240211-0048213}}

[[PERSON:박세희]] 고객님, 요청하신 환불이 완료되었습니다.
환불수단: 현대카드 [[CREDIT_CARD:4336-92**-****-0715]]
환불금액: {{amount:129,000원}}
카드사 사정에 따라 3~5영업일 소요될 수 있습니다."""},

{"id": "s5-i02-011", "kind": "email_chain", "text": """[[PERSON:오세윤]] 선생님께

첨부한 가족관계증명서 내용 확인 부탁드립니다. 아이 이름이 [[PERSON:오 루 나]]로 되어 있는데
학교 시스템에는 [[PERSON:오루나]]로 공백 없이 올라가야 합니다.
생년월일 [[BIRTH_DATE:2016-11-03]], 주소 [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 7, 다동 301호]]
(이사 예정일은 {{date:2024.09.28}} 입니다.)

> 원문 ---
> 발신: 상원초등학교 행정실 {{public_number:031-750-3321}}
> 전학 서류 중 가족관계증명서가 누락되어 연락드립니다."""},

{"id": "s5-i02-012", "kind": "email_chain", "text": """제목: 주소 변경 부탁드립니다

담당자님 회원번호 {{code:M-003318}} [[PERSON:하지석]]입니다.
정기구독 잡지 배송지 변경 요청합니다.
(구) [[KR_ADDRESS:서울 강서구 공항대로 58길 31 202호]]
(신) [[KR_ADDRESS:경기 수원시 장안구 정자천로 112 SK뷰 108-904]]
5월호부터 적용 부탁드려요."""},

{"id": "s5-i02-013", "kind": "email_chain", "text": """On Wed, Jan 10, 2024 at 4:32 PM [[PERSON:Daniel Ahn]] <[[EMAIL_ADDRESS:dahn@pacificrim-trade.com]]> wrote:
> Hi [[PERSON:현주]], could you send the passport copy of the new staff for the visa invitation?

Hi [[PERSON:Daniel]],
Attached. Details below:
- Name: [[PERSON:YOON HYEONJU]] / [[PERSON:윤현주]]
- Passport: [[KR_PASSPORT:M71843305]] (exp. {{date:12 MAR 2031}})
- DOB: [[BIRTH_DATE:02 JUL 1995]]
Thanks,
[[PERSON:Hyeonju]]
------------------
Mobile [[PHONE_NUMBER:+82 10 6634 0918]]"""},

{"id": "s5-i02-014", "kind": "email_chain", "text": """보낸사람 [[PERSON:채다인]] <[[EMAIL_ADDRESS:dain.chae@kku.ac.kr]]>
받는사람 [[PERSON:엄준서]] <[[EMAIL_ADDRESS:eom_js@kku.ac.kr]]>
참조 학과사무실 <{{public_email:biz@kku.ac.kr}}>

[[PERSON:준서]]야 조교 근로장학 신청서에 니 학번이 [[STUDENT_ID:2021-10573]]으로 돼있는데 학생증엔 [[STUDENT_ID:202110573]] 이더라. 하이픈 빼고 다시 내야 된대.
그리고 계좌는 본인 명의만 된다고 하니 우체국 [[BANK_ACCOUNT:100312-02-198754]] 맞는지 확인하고.
마감은 {{date:3/22(금) 17시}}.
- [[PERSON:다인]] 조교 ([[PHONE_NUMBER:043-840-3517]])"""},

{"id": "s5-i02-015", "kind": "email_chain", "text": """[[PERSON:변상민]] 팀장님,

지난번 말씀드린 운전기사 채용 건 관련 서류 정리했습니다.

1. [[PERSON:주영길]] / [[BIRTH_DATE:1967.10.30]] / 1종대형 [[KR_DRIVER_LICENSE:경기 13-871204-22]] / [[PHONE_NUMBER:010-3390-7215]]
2. [[PERSON:태민철]] / [[BIRTH_DATE:1972.03.05]] / 1종보통 [[KR_DRIVER_LICENSE:11-95-027733-81]] / [[PHONE_NUMBER:010-2207-6640]]

면접은 {{date:4월 9일(화)}} 오후 2시, 장소는 본사 2층 회의실입니다.

[[PERSON:노서진]] 드림"""},

{"id": "s5-i02-016", "kind": "email_chain", "text": """[[PERSON:김 민 성]] 주무관 | 성남시 복지정책과 희망복지팀
T. [[PHONE_NUMBER:031-729-2874]]  F. {{public_number:031-729-2859}}
E. [[EMAIL_ADDRESS:mskim0312@korea.kr]]
{{place_name:성남시청}} 본관 2층 희망복지팀 사무실
※ 이 메일은 업무용으로 개인정보가 포함될 수 있습니다."""},

{"id": "s5-i02-017", "kind": "email_chain", "text": """From: [[PERSON:홍예린]]
To: 여행사 담당자님
Subject: 어머니 항공권 이름 수정

어머니 성함이 여권에는 [[PERSON:KANG MAL SOON]], 예약에는 [[PERSON:KANG MALSUN]]으로 되어 있어 수정 요청드립니다.
여권번호 [[KR_PASSPORT:M093A8217]] / 생년월일 [[BIRTH_DATE:1958-05-19]]
예약번호: {{reservation_number:KE7Q2X}}  출발일: {{date:2024-10-03}}
확인 후 회신 부탁드립니다. 제 연락처 [[PHONE_NUMBER:+82-10-4471-3309]]"""},

{"id": "s5-i02-018", "kind": "email_chain", "text": """>>> [[PERSON:양재원]] 2024-02-27 13:05 >>>
>> 도배 견적 주소 알려주시면 실측 가겠습니다.
>
> [[KR_ADDRESS:안양시 동안구 평촌대로 223번길 15 꿈마을 금호아파트 107동 1404호]] 입니다. 평일 오후 괜찮아요.

네 그럼 {{date:29일 목요일}} 오후 4시 방문하겠습니다. 건물 공동현관 비번 문자로 부탁드립니다.
인테리어하우스 [[PERSON:양재원]] [[PHONE_NUMBER:010-6680-2214]]"""},
]
