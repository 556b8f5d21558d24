# Writer q, batch 08: jobs, contracts, arrears, mixed. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q08-001", "kind": "driver_job_application", "text": """수원시 공영버스 운전원(기간제) 지원서 요약
성명 [[PERSON:엄태식]]  생년월일 [[BIRTH_DATE:1972년 9월 3일]]
운전면허: 1종대형 [[KR_DRIVER_LICENSE:11-92-034817-60]] (취득 {{date:1998.05.20}}, 적성검사 만료 {{date:2027.12.31}})
보유차량 [[KR_CAR_PLATE:경기31바 2407]] (구형 번호판)
연락처 [[PHONE_NUMBER:010-6630-9512]]"""},
{"id": "s8-q08-002", "kind": "security_log", "text": """[채용시스템 보안 알림] {{date:2025-04-11 02:14:33}} 관리자 계정 [[EMPLOYEE_ID:hr_0082]]([[PERSON:송태윤]]) 비정상 로그인 시도 5회 / 접속 IP [[IP_ADDRESS:118.235.14.209]] / 서버 {{version:nginx 1.24.0}} / 차단 정책 OID {{oid:1.3.6.1.4.1.2011}}"""},
{"id": "s8-q08-003", "kind": "email", "text": """[[PERSON:장예나]] 님께

{{org_name:(주)비전정보통신}} 신입사원 최종합격을 축하드립니다. 입사일은 {{date:2025년 5월 7일(수)}}이며, 아래 서류를 {{date:4월 30일}}까지 회신 바랍니다.
1) 주민등록등본 1부  2) 최종학교 졸업증명서  3) 통장사본
※ 합격자 정보 확인: 생년월일 [[BIRTH_DATE:2000.10.16]] / 연락처 [[PHONE_NUMBER:010-9003-6627]]

인사팀 대리 [[PERSON:안소율]]
Tel {{public_number:02-3471-8800}} (대표) / Direct [[PHONE_NUMBER:02-3471-8827]]
Mail [[EMAIL_ADDRESS:syan@visionict.co.kr]] | 채용문의 {{public_email:recruit@visionict.co.kr}}"""},
{"id": "s8-q08-004", "kind": "wage_payment_receipt", "text": """체불임금 지급 확인(영수증)
수령인 [[PERSON:라민호]] 수령액 {{amount:일금 이백삼십만원정(₩2,300,000)}}
지급방법 계좌이체 → 케이뱅크 [[BANK_ACCOUNT:100-145-882093]]
지급일 {{date:2025.05.08}}
지급자 [[PERSON:표윤석]] (개인사업자 {{org_name:윤석인테리어}}, [[KR_BRN:220-31-5580?]])"""},
{"id": "s8-q08-005", "kind": "sms", "text": """[[PERSON:봉재민]]님 [용인시 희망일자리] 면접장소 변경: {{place_name:처인구청 4층 회의실}} / {{date:4/17 13:30}} / 신분증 지참. 회신X"""},
{"id": "s8-q08-006", "kind": "internship_certificate", "text": """인 턴 수 료 증

성명 : [[PERSON:이 가 온]]
생년월일 : [[BIRTH_DATE:二〇〇二年 九月 十四日]]
위 사람은 {{date:2024. 12. 23.}}부터 {{date:2025. 2. 21.}}까지 {{org_name:성남시청 정보통신과}}에서 동계 대학생 행정인턴 과정을 성실히 수료하였기에 이 증서를 드립니다.
{{date:2025. 2. 21.}}
성남시장"""},
{"id": "s8-q08-007", "kind": "corporate_card_statement", "text": """법인카드 사용내역 소명 요청 - 사용자 [[PERSON:윤기현]](사번 [[EMPLOYEE_ID:K-10442]])
카드번호 [[CREDIT_CARD:5361-48**-****-2210]] (법인)
{{date:04/02}} 편의점 {{amount:12,400}} / {{date:04/05}} 주유 {{amount:70,000}}
※ 개인카드([[CREDIT_CARD:4902 1177 3056 218?]])와 혼동 결제 여부 확인 바람"""},
{"id": "s8-q08-008", "kind": "interview_invitation_table", "text": """면접 대상자 통보 (면접일 {{date:2025.05.29}})
시간,성명,생년월일,면접조
{{time:09:30}},[[PERSON:가민서]],[[BIRTH_DATE:1996-08-05]],1조
{{time:09:30}},[[PERSON:나도겸]],[[BIRTH_DATE:1993-01-19]],1조
{{time:10:10}},[[PERSON:Jung Hae-in]],[[BIRTH_DATE:1998-12-03]],2조
{{time:10:10}},[[PERSON:다은솔]],[[BIRTH_DATE:1994-04-26]],2조"""},
{"id": "s8-q08-009", "kind": "minwon", "text": """경비원 해고 및 임금 관련 민원. 저는 [[KR_ADDRESS:용인시 수지구 성복2로 38 성복역 롯데캐슬 골드타운 2단지]] 경비원 [[PERSON:한만석]]([[BIRTH_DATE:1954.11.22]])입니다. 관리업체가 {{date:3월 31일}}자로 계약 만료라며 해고통보했고 연차수당도 안 줬습니다. 회신: [[PHONE_NUMBER:010-3822-7109]]"""},
{"id": "s8-q08-010", "kind": "passport_copy_form", "text": """외국인 강사 채용 서류 체크리스트 - [[PERSON:Jonathan Reyes]]
☑ Passport ([[KR_PASSPORT:P1178203A]], exp. {{date:2031-09-14}})
☑ ARC [[KR_FRN:881004-5134276]]
☑ DOB [[BIRTH_DATE:04/10/1988]] (DD/MM)
☐ 범죄경력회보서 (apostille)
※ 여권번호 기재 예시: {{code:M12345678}}"""},
{"id": "s8-q08-011", "kind": "oneliner", "text": """[[PERSON:금보라]] 계약직 → 무기계약 전환 ({{date:2025.07.01}}부), 사번 [[EMPLOYEE_ID:SN24-3318]] 유지"""},
{"id": "s8-q08-012", "kind": "letter", "text": """[[PERSON:양순자]] 어르신께

어르신께서 신청하신 2025년 노인일자리(공익활동) 선발 결과 '대기' 상태임을 알려드립니다. 결원 발생 시 순번에 따라 연락드리겠습니다(현재 대기순번 {{statistic:7번}}).
받는 곳: [[KR_ADDRESS:수원시 팔달구 창룡대로 103번길 20-4 (지동)]]
{{org_name:수원시니어클럽}} 담당 [[PERSON:문지호]] [[PHONE_NUMBER:031-8003-5512]]"""},
{"id": "s8-q08-013", "kind": "tsv_export", "text": """성명	생년월일	입사	퇴사	4대보험
[[PERSON:심아름]]	[[BIRTH_DATE:1991.3.7]]	{{date:2023.3.2}}	{{date:2025.3.31}}	상실완료
[[PERSON:탁경호]]	[[BIRTH_DATE:1978.10.30]]	{{date:2020.11.16}}	-	가입중
[[PERSON:여보람]]	[[BIRTH_DATE:2001.5.5]]	{{date:2025.4.1}}	-	취득신고중"""},
]
